package org.careloop.referrals.referral;

/**
 * A part of the patient summary the consent covers ({@code consent.scope}): who the patient is, how to reach them,
 * and their illness and wishes. Written in capitals, as the consent form names them.
 */
public enum SharePart {

    /** The patient's given and family name and date of birth. */
    IDENTITY,
    /** The patient's phone and address, and their primary contact. */
    CONTACT,
    /** The diagnosis (condition, stage) and the preferred place of death. */
    CLINICAL
}
