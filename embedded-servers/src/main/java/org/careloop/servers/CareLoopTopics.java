package org.careloop.servers;

import java.util.ArrayList;
import java.util.List;

import org.careloop.events.Topics;

/**
 * The topics a broker started here has from the first: each topic of CareLoop's events and its dead-letter topic,
 * made up front so that no producer or consumer waits for the broker to create them.
 */
public final class CareLoopTopics {

    public static final int PARTITIONS = 3;

    private static final List<String> EVENT_TOPICS = List.of(Topics.CASE_EVENTS, Topics.REFERRAL_EVENTS,
            Topics.BEREAVEMENT_EVENTS, Topics.DIRECTORY_EVENTS);

    private CareLoopTopics() {
    }

    /** Every topic with its dead-letter topic, in that order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            names.add(topic);
            names.add(topic + Topics.DEAD_LETTER_SUFFIX);
        }
        return List.copyOf(names);
    }
}
