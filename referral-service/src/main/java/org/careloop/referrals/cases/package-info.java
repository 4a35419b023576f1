/**
 * What referral-service knows of the cases: a read model kept from case-service's events (who holds each case, its
 * team, where it is in its lifecycle, a death), never asked of case-service directly.
 */
package org.careloop.referrals.cases;
