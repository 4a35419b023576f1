/**
 * What the service is set up with: which role may call which part of the API, the service's settings and the clock
 * of the hospice's day.
 */
package org.careloop.referrals.support;
