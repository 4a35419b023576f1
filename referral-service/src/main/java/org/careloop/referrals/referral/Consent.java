package org.careloop.referrals.referral;

import java.time.LocalDate;

/** The patient's consent to share what the referral says with the receiving organization. */
public record Consent(String obtainedFrom, LocalDate obtainedOn, String recordedBy) {
}
