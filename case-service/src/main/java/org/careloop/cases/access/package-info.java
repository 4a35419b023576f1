/**
 * A case's access log (accounting of disclosures): who reached the case and the records under it, read from the
 * audit trail by the team's supervisors and auditors. {@code AccessLogManagement} is its door.
 */
package org.careloop.cases.access;
