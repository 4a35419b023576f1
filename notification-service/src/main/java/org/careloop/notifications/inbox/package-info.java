/**
 * Notifications: what a person, an organization's staff or a team's supervisors should know, in their inbox, on a
 * live stream and as a short mail with a link (never health data). The door for people is
 * {@link org.careloop.notifications.inbox.NotificationManagement}; other features tell people through
 * {@link org.careloop.notifications.inbox.Notifier}.
 */
package org.careloop.notifications.inbox;
