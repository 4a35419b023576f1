/**
 * Version 1 of the events that case-service publishes on {@code careloop.case-events}. Statuses, risks and
 * relationships travel as strings so that a new value added later does not break an older consumer.
 * Events carry ids and the minimum needed by the consumers: never a patient's name, diagnosis or notes.
 */
package org.careloop.events.cases.v1;
