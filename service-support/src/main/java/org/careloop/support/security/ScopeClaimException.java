package org.careloop.support.security;

import org.careloop.support.problems.NotPermittedException;

/**
 * The person's role is scoped by a claim (a team, an organization) that their token lacks or holds in a form that
 * scopes nothing. Refused with 403 rather than read as "no scope", which would be an unfiltered list.
 */
public class ScopeClaimException extends NotPermittedException {

    public ScopeClaimException(String message) {
        super(message);
    }
}
