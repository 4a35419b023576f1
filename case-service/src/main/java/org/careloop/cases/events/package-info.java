/**
 * What the rest of CareLoop hears of cases: the case file's events mapped to the public records of
 * {@code event-contracts} and routed to {@code careloop.case-events}, keyed by case id.
 */
package org.careloop.cases.events;
