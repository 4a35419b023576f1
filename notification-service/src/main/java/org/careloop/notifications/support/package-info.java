/**
 * What the features stand on: settings, the clock, security, the durable sweeps (db-scheduler) and the bereavement
 * events leaving through the outbox.
 */
package org.careloop.notifications.support;
