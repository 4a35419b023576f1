/**
 * Bereavement plans: when a patient dies, each family member gets a plan of follow-up contacts on a schedule by
 * their risk; the social worker records what came of each, and is reminded when one falls due. The door is
 * {@link org.careloop.notifications.bereavement.BereavementPlanManagement}.
 */
package org.careloop.notifications.bereavement;
