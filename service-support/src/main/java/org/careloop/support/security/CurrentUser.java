package org.careloop.support.security;

import org.careloop.support.security.CareLoopUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the request being served. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static CareLoopUser get() {
        return CareLoopUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
