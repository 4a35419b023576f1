package org.careloop.referrals.directory;

import org.careloop.support.web.Coded;

/** What kind of help a service gives (API.md). */
public enum Category implements Coded {

    HOSPICE, COMMUNITY, FINANCIAL_ASSISTANCE, COUNSELING, SPIRITUAL_CARE, HOLISTIC_THERAPY, BEREAVEMENT_SUPPORT, LEGAL,
    TRANSPORT, CAREGIVER_SUPPORT;

    @Override
    public String toString() {
        return code();
    }
}
