package org.careloop.cases.casefile;

import java.util.List;

/**
 * A move the lifecycle allows from a case's status, and the fields the status change must carry for it
 * ({@link CaseStatus#requires()}): what a client offers instead of keeping its own copy of the lifecycle.
 */
public record AllowedTransition(CaseStatus status, List<String> requires) {
}
