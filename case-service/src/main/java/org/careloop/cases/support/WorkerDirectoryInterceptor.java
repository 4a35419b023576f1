package org.careloop.cases.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.careloop.cases.casefile.WorkerDirectory;
import org.careloop.support.security.CareLoopUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the {@link WorkerDirectory} who made each request to the API, once per request, before any controller
 * runs: a supervisor may hand a case only to a social worker the service has seen. Here, and not in the
 * Managements, because it is about who signed in rather than about any one record: every request counts (a worker
 * who has only looked at their caseload may be assigned a case), and no door has to remember to call it. The
 * security filters ran first, so the person is known and their team claim is well formed.
 */
class WorkerDirectoryInterceptor implements HandlerInterceptor {

    private final WorkerDirectory workers;

    WorkerDirectoryInterceptor(WorkerDirectory workers) {
        this.workers = workers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt) {
            workers.remember(CareLoopUser.of(authentication));
        }
        return true;
    }
}
