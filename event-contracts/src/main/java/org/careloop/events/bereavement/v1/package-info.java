/**
 * Version 1 of the events that notification-service publishes on {@code careloop.bereavement-events} (key: the case
 * id): a family member's bereavement plan was activated, and it ended. Ids and codes only.
 */
package org.careloop.events.bereavement.v1;
