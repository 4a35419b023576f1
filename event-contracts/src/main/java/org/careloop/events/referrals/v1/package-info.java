/**
 * Version 1 of the events that referral-service publishes on {@code careloop.referral-events} (key: the case id).
 * Ids and codes only: statuses ({@code draft, requested, accepted, rejected, cancelled, in-progress, on-hold,
 * failed, completed, entered-in-error}), priorities ({@code routine, urgent, asap, stat}), categories and outcome
 * codes travel as strings; never a reason text or anything about the patient.
 */
package org.careloop.events.referrals.v1;
