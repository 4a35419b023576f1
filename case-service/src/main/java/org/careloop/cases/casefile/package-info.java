/**
 * The case file: a patient's case (the {@code Case} aggregate, which guards its lifecycle, its assignment and the
 * rules on its dates), the caseload, and who may reach a case ({@code CaseFiles}). {@code CaseManagement} is its
 * door; every other feature reaches a case through {@code CaseFiles}.
 */
package org.careloop.cases.casefile;
