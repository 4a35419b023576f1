package org.careloop.notifications.bereavement;

import java.util.UUID;

/** How many follow-ups of one case have fallen due: the caseload's attention badge, with no cap. */
public record DueCount(UUID caseId, long due) {
}
