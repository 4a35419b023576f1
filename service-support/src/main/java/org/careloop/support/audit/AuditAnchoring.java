package org.careloop.support.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.careloop.events.audit.v1.AuditChainAnchored;
import org.careloop.support.audit.AuditChain.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * Holds the audit chain to the heads it published outside the database. Each round (every minute by default) it
 * checks the chain against the newest published head: the chain must verify whole, and the record at the head's
 * position must still be there with the head's hash. Only then does it publish the chain's head of now. So someone
 * who can change the database (its owner, who can switch the append-only trigger off) can cut the newest records
 * and leave a chain that verifies whole, but not unseen: the head published before the cut no longer matches.
 * A broken chain raises the gauge {@code careloop.audit.chain.broken} to 1 and logs an ERROR naming the chain and
 * the positions; no head is published while it stays broken, so the evidence is kept.
 */
public class AuditAnchoring implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

    private final AuditChain chain;
    private final AuditAnchors anchors;
    private final JdbcClient jdbc;
    private final String service;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final Duration every;
    private final Clock clock;
    private final AtomicInteger broken = new AtomicInteger();
    private final AtomicLong anchoredPosition = new AtomicLong();
    private String chainName;
    private String lastFinding;

    AuditAnchoring(AuditChain chain, AuditAnchors anchors, JdbcClient jdbc, String service,
            ObjectProvider<TaskScheduler> scheduler, Duration every, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.chain = chain;
        this.anchors = anchors;
        this.jdbc = jdbc;
        this.service = service;
        this.scheduler = scheduler;
        this.every = every;
        this.clock = clock;
        meters.ifAvailable(registry -> {
            Gauge.builder("careloop.audit.chain.broken", broken, AtomicInteger::get)
                    .description("1 while the audit chain does not verify or no longer holds its newest published "
                            + "head (records cut or rewritten), else 0")
                    .register(registry);
            Gauge.builder("careloop.audit.chain.anchored.position", anchoredPosition, AtomicLong::get)
                    .description("The chain position last published outside the database")
                    .register(registry);
        });
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        scheduler.getObject().scheduleWithFixedDelay(this::checkAndAnchorQuietly, clock.instant().plus(every), every);
    }

    /** The chain's name: the service and its database (several test contexts of one service share a broker). */
    public synchronized String chainName() {
        if (chainName == null) {
            chainName = service + "/" + jdbc.sql("select current_database()").query(String.class).single();
        }
        return chainName;
    }

    /**
     * Checks the chain against its newest published head, then publishes its head of now if it holds. Returns what
     * is wrong with the chain, or empty when nothing is.
     */
    public synchronized Optional<String> checkAndAnchor() {
        Optional<String> finding = check();
        broken.set(finding.isPresent() ? 1 : 0);
        if (finding.isPresent()) {
            if (!finding.get().equals(lastFinding)) {
                log.error("Found the audit chain of {} cut or rewritten: {}", chainName(), finding.get());
            }
            lastFinding = finding.get();
            return finding;
        }
        if (lastFinding != null) {
            log.warn("Found the audit chain of {} whole again", chainName());
            lastFinding = null;
        }
        Optional<Link> head = chain.head();
        if (head.isPresent()) {
            anchors.publish(new AuditChainAnchored(chainName(), head.get().position(), head.get().hash(),
                    clock.instant()));
            anchoredPosition.set(head.get().position());
            log.debug("Anchored the audit chain of {} at position {}", chainName(), head.get().position());
        }
        return Optional.empty();
    }

    private Optional<String> check() {
        Long firstBroken = chain.firstBrokenPosition();
        if (firstBroken != null) {
            return Optional.of("verify_audit_chain() fails at position " + firstBroken);
        }
        Optional<AuditChainAnchored> anchor = anchors.newest(chainName());
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        long position = anchor.get().position();
        Optional<String> hash = chain.hashAt(position);
        if (hash.isEmpty()) {
            return Optional.of("the anchored position " + position + " (published " + anchor.get().anchoredAt()
                    + ") is missing; the chain now ends at position "
                    + chain.head().map(Link::position).orElse(0L));
        }
        if (!hash.get().equals(anchor.get().hash())) {
            return Optional.of("the record at the anchored position " + position + " (published "
                    + anchor.get().anchoredAt() + ") no longer carries the anchored hash");
        }
        return Optional.empty();
    }

    private void checkAndAnchorQuietly() {
        try {
            checkAndAnchor();
        } catch (RuntimeException e) {
            // the broker or the database may be away: the next round checks and anchors again
            log.warn("Could not check and anchor the audit chain: {}", e.toString());
        }
    }
}
