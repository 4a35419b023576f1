package org.careloop.cases;

import java.time.Duration;
import java.util.List;

import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.TestUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Runs case-service on its own for trying it by hand, on the same embedded PostgreSQL, Kafka and test token issuer
 * the tests use: {@code ./mvnw -pl case-service spring-boot:test-run}. It prints a bearer token per demo user.
 * The whole of CareLoop, with Keycloak, runs from local-stack.
 */
public final class TestCaseServiceApplication {

    private static final Logger log = LoggerFactory.getLogger(TestCaseServiceApplication.class);

    private TestCaseServiceApplication() {
    }

    public static void main(String[] args) {
        CareLoopTestInfrastructure infrastructure = CareLoopTestInfrastructure.get();
        infrastructure.postgres().createDatabase("cases_" + ProcessHandle.current().pid());
        System.setProperty("spring.datasource.url",
                infrastructure.postgres().jdbcUrl("cases_" + ProcessHandle.current().pid()));
        System.setProperty("spring.datasource.username", infrastructure.postgres().username());
        System.setProperty("spring.datasource.password", infrastructure.postgres().password());
        System.setProperty("spring.flyway.user", infrastructure.postgres().username());
        System.setProperty("spring.flyway.password", infrastructure.postgres().password());
        System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafka().bootstrapServers());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                infrastructure.issuer().issuerUri());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                infrastructure.issuer().jwkSetUri());
        for (TestUser user : List.of(TestUser.SAM, TestUser.SARA, TestUser.SUE, TestUser.HANA)) {
            log.info("Token of {} ({}), valid 8 hours: {}", user.username(), user.roles(),
                    infrastructure.issuer().token(user, Duration.ofHours(8)));
        }
        SpringApplication.from(CaseServiceApplication::main).run(args);
    }
}
