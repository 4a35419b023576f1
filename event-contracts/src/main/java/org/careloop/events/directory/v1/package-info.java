/**
 * Version 1 of the events that referral-service publishes about its resource directory on
 * {@code careloop.directory-events} (key: the organization id). An organization's contact for referrals is not
 * health data; nothing about a patient or a referral travels here.
 */
package org.careloop.events.directory.v1;
