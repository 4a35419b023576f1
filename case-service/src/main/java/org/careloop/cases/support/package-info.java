/**
 * The service's set-up around the features: security, typed settings, the clock of the hospice's zone, and the
 * web set-up that remembers who works here.
 */
package org.careloop.cases.support;
