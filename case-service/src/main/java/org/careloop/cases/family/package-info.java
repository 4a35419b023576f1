/**
 * The patient's family members and caregivers recorded on a case, with their bereavement risk; they are who the
 * bereavement plans are for. {@code FamilyManagement} is its door.
 */
package org.careloop.cases.family;
