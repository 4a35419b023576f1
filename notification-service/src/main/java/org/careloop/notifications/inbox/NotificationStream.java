package org.careloop.notifications.inbox;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;

import org.careloop.support.security.CareLoopUser;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live notifications over Server-Sent Events, across instances: every notification is announced with PostgreSQL's
 * NOTIFY when its transaction commits, and every instance LISTENs and pushes it to the streams connected to it that
 * may see it. A stream that reconnects with {@code Last-Event-ID} first gets what it missed.
 * <p>
 * A stream is bound to the token that opened it: it ends at the token's expiry, so someone logged out, disabled or
 * stripped of a role stops hearing within one token lifetime, and the browser reconnects through the gateway with a
 * fresh token. One person holds at most {@code streamsPerPerson} streams here; another one ends the oldest.
 */
@Component
class NotificationStream implements SmartLifecycle {

    static final String CHANNEL = "careloop_notifications";
    private static final int REPLAY_PAGE = 500;
    private static final int REPLAY_PAGES = 10;

    private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);

    private final Notifications notifications;
    private final DataSourceProperties dataSource;
    private final InboxProperties properties;
    private final Clock clock;
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    /** Each person's open streams, oldest first, by the token's subject; guarded by itself. */
    private final Map<String, Deque<Subscriber>> byPerson = new HashMap<>();
    private final AtomicLong lastDispatched = new AtomicLong();
    private volatile boolean running;
    private Thread listener;

    NotificationStream(Notifications notifications, DataSourceProperties dataSource, InboxProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a stream that lasts until the token's expiry (never longer than {@code streamTimeout}).
     *
     * @throws TokenExpiredException when the token is already past its expiry (the JWT decoder allows some skew; a
     *         stream does not)
     */
    SseEmitter open(CareLoopUser user, Instant tokenExpiry, Long lastEventId) {
        Duration lifetime = Duration.between(clock.instant(), tokenExpiry);
        if (!lifetime.isPositive()) {
            throw new TokenExpiredException();
        }
        SseEmitter emitter = new SseEmitter(Math.min(lifetime.toMillis(), properties.streamTimeout().toMillis()));
        Subscriber subscriber = new Subscriber(user, emitter);
        synchronized (subscriber) {
            subscribers.add(subscriber);
            enforceLimit(subscriber);
            emitter.onCompletion(() -> forget(subscriber));
            // a normal end, not an error: the browser reconnects after retry: with a fresh token
            emitter.onTimeout(emitter::complete);
            emitter.onError(e -> forget(subscriber));
            subscriber.retry(properties.streamRetry());
            // registered before replaying, under the subscriber's lock: nothing falls between the two
            if (!replay(subscriber, lastEventId == null ? notifications.lastSeq() : lastEventId)) {
                // the browser comes back for the rest with the last id it got: no unbounded buffering here
                emitter.complete();
                return emitter;
            }
            subscriber.comment("connected");
        }
        return emitter;
    }

    /** Sends what was missed, page by page; false when more remains than one stream replays. */
    private boolean replay(Subscriber subscriber, long from) {
        for (int page = 0; page < REPLAY_PAGES; page++) {
            List<Notification> missed = notifications.after(subscriber.user, from, REPLAY_PAGE);
            for (Notification notification : missed) {
                subscriber.send(notification);
                from = notification.seq();
            }
            if (missed.size() < REPLAY_PAGE) {
                return true;
            }
        }
        return false;
    }

    private void enforceLimit(Subscriber opened) {
        Subscriber oldest = null;
        synchronized (byPerson) {
            Deque<Subscriber> open = byPerson.computeIfAbsent(opened.user.subject(), subject -> new ArrayDeque<>());
            open.addLast(opened);
            if (open.size() > properties.streamsPerPerson()) {
                oldest = open.pollFirst();
            }
        }
        if (oldest != null) {
            log.info("Ended the oldest live stream of user {}: at most {} per person", opened.user.subject(),
                    properties.streamsPerPerson());
            forget(oldest);
            oldest.emitter.complete();
        }
    }

    private void forget(Subscriber subscriber) {
        subscribers.remove(subscriber);
        synchronized (byPerson) {
            Deque<Subscriber> open = byPerson.get(subscriber.user.subject());
            if (open != null && open.remove(subscriber) && open.isEmpty()) {
                byPerson.remove(subscriber.user.subject());
            }
        }
    }

    private void dispatch(long seq) {
        notifications.bySeq(seq).ifPresent(notification -> {
            for (Subscriber subscriber : subscribers) {
                if (notification.visibleTo(subscriber.user)) {
                    synchronized (subscriber) {
                        subscriber.send(notification);
                    }
                }
            }
        });
        lastDispatched.accumulateAndGet(seq, Math::max);
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                // whatever was announced while this instance was not listening
                for (Notification missed : notifications.allAfter(lastDispatched.get(), 10_000)) {
                    dispatch(missed.seq());
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = postgres.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            dispatch(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the notification listener connection; reconnecting: {}", e.toString());
                    sleepBeforeReconnect();
                }
            }
        }
    }

    private static void sleepBeforeReconnect() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        lastDispatched.set(notifications.lastSeq());
        running = true;
        listener = Thread.ofVirtual().name("notification-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
        subscribers.forEach(subscriber -> subscriber.emitter.complete());
        subscribers.clear();
        synchronized (byPerson) {
            byPerson.clear();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One open stream; remembers what it was sent so a replay and a live push never send one thing twice. */
    private final class Subscriber {

        final CareLoopUser user;
        final SseEmitter emitter;
        final Set<Long> sent = new LinkedHashSet<>();

        Subscriber(CareLoopUser user, SseEmitter emitter) {
            this.user = user;
            this.emitter = emitter;
        }

        void send(Notification notification) {
            if (!sent.add(notification.seq())) {
                return;
            }
            if (sent.size() > 1000) {
                sent.remove(sent.iterator().next());
            }
            try {
                emitter.send(SseEmitter.event().id(Long.toString(notification.seq())).name("notification")
                        .data(NotificationResponse.of(notification, null), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                forget(this);
            }
        }

        void comment(String text) {
            write(SseEmitter.event().comment(text));
        }

        void retry(Duration after) {
            write(SseEmitter.event().reconnectTime(after.toMillis()));
        }

        private void write(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                forget(this);
            }
        }
    }

}
