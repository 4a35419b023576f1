/**
 * This service's copy of case-service's cases: who holds each case, when its patient died, and its family members
 * (relationship and bereavement risk, never a name), kept from {@code careloop.case-events}.
 */
package org.careloop.notifications.cases;
