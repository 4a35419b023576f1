/**
 * Psychosocial assessments of a case over time: six domains scored 0 to 3 with notes. {@code AssessmentManagement}
 * is its door.
 */
package org.careloop.cases.assessments;
