/**
 * A case's timeline: the notes people write, and what happened to the case here and in referral-service.
 * {@code TimelineManagement} is its door.
 */
package org.careloop.cases.timeline;
