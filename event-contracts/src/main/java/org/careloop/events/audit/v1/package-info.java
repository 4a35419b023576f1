/**
 * Version 1 of what every service with an audit trail publishes on {@code careloop.audit-anchors} (compacted, key:
 * the chain): the head of its audit chain, at least every minute. Positions and hashes only, never a record.
 */
package org.careloop.events.audit.v1;
