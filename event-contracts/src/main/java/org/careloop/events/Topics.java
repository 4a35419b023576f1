package org.careloop.events;

/**
 * Kafka topics of CareLoop. One topic per publishing service and kind of record; the record key is the case id
 * (the directory's: the organization id), so every event of one case lands on one partition, in order.
 */
public final class Topics {

    public static final String CASE_EVENTS = "careloop.case-events";
    public static final String REFERRAL_EVENTS = "careloop.referral-events";
    public static final String BEREAVEMENT_EVENTS = "careloop.bereavement-events";
    /** referral-service's resource directory: organizations as they change, keyed by organization id. */
    public static final String DIRECTORY_EVENTS = "careloop.directory-events";

    /** The CloudEvents {@code source} of each publishing service: the only producer a consumer accepts per topic. */
    public static final String CASE_SERVICE = "/careloop/case-service";
    public static final String REFERRAL_SERVICE = "/careloop/referral-service";
    public static final String NOTIFICATION_SERVICE = "/careloop/notification-service";

    /** The source that publishes on a topic of CareLoop, or null for a topic that is not one. */
    public static String producerOf(String topic) {
        return switch (topic) {
            case CASE_EVENTS -> CASE_SERVICE;
            case REFERRAL_EVENTS, DIRECTORY_EVENTS -> REFERRAL_SERVICE;
            case BEREAVEMENT_EVENTS -> NOTIFICATION_SERVICE;
            default -> null;
        };
    }

    /**
     * The heads of the services' audit chains (position and hash), published outside their databases: compacted, one
     * partition, the key names the chain ({@code <service>/<database>}), not a case.
     */
    public static final String AUDIT_ANCHORS = "careloop.audit-anchors";

    /** Suffix of the dead-letter topic of each topic (spring-kafka's convention); same partition count. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    private Topics() {
    }
}
