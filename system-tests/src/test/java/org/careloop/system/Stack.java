package org.careloop.system;

import java.nio.file.Path;

import org.careloop.localstack.CareLoopStack;
import org.careloop.localstack.DemoDirectory;
import org.careloop.localstack.ServiceProcess;

/**
 * The whole of CareLoop for these tests, with the same code as the local run ({@link CareLoopStack}) on free ports
 * and throw-away data (and the demo directory), started once per test JVM and stopped when it ends.
 */
final class Stack {

    private static Stack running;

    final CareLoopStack stack;
    final ServiceProcess cases;
    final ServiceProcess referrals;
    final ServiceProcess notifications;
    final ServiceProcess gateway;

    private Stack() {
        CareLoopStack.Settings settings = CareLoopStack.Settings.ephemeral(Path.of(System.getProperty("careloop.jars")));
        for (String service : java.util.List.of("cases", "referrals", "notifications")) {
            // the audit chain checked against its published head, and the head published, every 2 s, not every minute
            settings = settings.withServiceSetting(service, "careloop.audit.anchor-every", "2s");
        }
        // a stat referral is answered within seconds here, not an hour: TwoInstancesIntegrationTests escalates one
        settings = settings.withServiceSetting("referrals", "careloop.referrals.answer-times.stat", "8s")
                .withServiceSetting("referrals", "careloop.referrals.escalation.sweep-every", "1s");
        stack = CareLoopStack.start(settings, progress -> { });
        cases = stack.service("cases");
        referrals = stack.service("referrals");
        notifications = stack.service("notifications");
        gateway = stack.gateway();
        // production starts with an empty directory: the tests' organizations and services are the demo directory's
        DemoDirectory.load(new org.careloop.servers.ApiClient(gateway.url()), stack.keycloak());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
    }

    static synchronized Stack get() {
        if (running == null) {
            running = new Stack();
        }
        return running;
    }

    String token(String username) {
        return stack.keycloak().token(username, "demo");
    }
}
