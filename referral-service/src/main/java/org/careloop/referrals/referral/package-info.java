/**
 * Closed-loop referrals: a social worker refers a patient or family member to a service with the patient's consent,
 * the receiving organization answers, and both ends see every step until the loop is closed.
 */
package org.careloop.referrals.referral;
