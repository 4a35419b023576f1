package org.careloop.referrals.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** What kind of help a service gives (API.md). */
public enum Category implements Coded {

    HOSPICE("hospice"), COMMUNITY("community"), FINANCIAL_ASSISTANCE("financial-assistance"),
    COUNSELING("counseling"), SPIRITUAL_CARE("spiritual-care"), HOLISTIC_THERAPY("holistic-therapy"),
    BEREAVEMENT_SUPPORT("bereavement-support"), LEGAL("legal"), TRANSPORT("transport"),
    CAREGIVER_SUPPORT("caregiver-support");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Category of(String code) {
        return Coded.of(values(), code);
    }

    @Override
    public String toString() {
        return code;
    }
}
