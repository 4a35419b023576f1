/**
 * The referral events that leave the service: each internal event mapped to its public, versioned record and sent
 * through the outbox to {@code careloop.referral-events}, keyed by the case.
 */
package org.careloop.referrals.events;
