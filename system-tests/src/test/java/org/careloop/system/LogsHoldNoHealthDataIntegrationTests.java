package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.careloop.localstack.ServiceProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * S6, the logs: after every other whole-stack test has run (the main story, the dashboard in a browser, faults,
 * attacks and fuzzing), no service's log holds a patient's name, a diagnosis, a referral's reason or a token.
 */
@Order(Integer.MAX_VALUE)
class LogsHoldNoHealthDataIntegrationTests {

    /** Names, diagnoses and reasons the whole-stack tests typed in, and the start of every JWT. */
    private static final List<String> NEVER_LOGGED = List.of("okonkwo", "whitcombe", "ellen marsh", "agnes",
            "mesothelioma", "night support", "wishes to die at home", "eyj");

    @Test
    void s6_noLogHoldsAPatientsNameADiagnosisAReasonOrAToken() throws IOException {
        Stack stack = Stack.get();
        long lines = 0;
        for (ServiceProcess service : List.of(stack.cases, stack.referrals, stack.notifications, stack.gateway)) {
            List<String> log = Files.readAllLines(service.log(), StandardCharsets.UTF_8);
            lines += log.size();
            for (String line : log) {
                String lower = line.toLowerCase(Locale.ROOT);
                assertThat(NEVER_LOGGED).as(service.name() + " logged: " + line).noneMatch(lower::contains);
            }
        }
        assertThat(lines).isPositive();
        Scenario.report("S6 logs", "%d log lines of the 4 services after the whole run: no name, diagnosis, reason or "
                .formatted(lines) + "token");
    }
}
