package org.careloop.notifications.inbox;

import java.util.List;

/** A page of failed mails, newest first, and how many failed in all. */
public record MailFailurePage(List<MailFailure> items, long total) {
}
