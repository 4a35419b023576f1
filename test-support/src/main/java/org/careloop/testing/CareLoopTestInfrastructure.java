package org.careloop.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The real servers a service test needs, each started once per test JVM on first use: PostgreSQL, a Kafka
 * broker and the test token issuer. They stop after the last Spring context of the JVM has closed.
 */
public final class CareLoopTestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(CareLoopTestInfrastructure.class);

    private static volatile CareLoopTestInfrastructure instance;

    private final SharedPostgres postgres;
    private final SharedKafka kafka;
    private final TestIssuer issuer;

    private CareLoopTestInfrastructure(SharedPostgres postgres, SharedKafka kafka, TestIssuer issuer) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuer = issuer;
    }

    public static CareLoopTestInfrastructure get() {
        CareLoopTestInfrastructure current = instance;
        if (current == null) {
            synchronized (CareLoopTestInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    private static CareLoopTestInfrastructure start() {
        long started = System.nanoTime();
        SharedPostgres postgres = SharedPostgres.start();
        SharedKafka kafka = SharedKafka.start();
        TestIssuer issuer = TestIssuer.start();
        CareLoopTestInfrastructure infrastructure = new CareLoopTestInfrastructure(postgres, kafka, issuer);
        // Boot's shutdown handlers run after every context registered with the hook has closed; a plain JVM hook
        // would race the closing contexts and stop the database under them.
        SpringApplication.getShutdownHandlers().add(infrastructure::stop);
        log.info("Started test PostgreSQL on {} and Kafka on {} in {} ms", postgres.port(), kafka.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
        return infrastructure;
    }

    public SharedPostgres postgres() {
        return postgres;
    }

    public SharedKafka kafka() {
        return kafka;
    }

    public TestIssuer issuer() {
        return issuer;
    }

    private void stop() {
        issuer.stop();
        kafka.stop();
        postgres.stop();
    }
}
