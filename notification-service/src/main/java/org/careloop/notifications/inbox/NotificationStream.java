package org.careloop.notifications.inbox;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
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
 */
@Component
class NotificationStream implements SmartLifecycle {

    static final String CHANNEL = "careloop_notifications";

    private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);

    private final Notifications notifications;
    private final DataSourceProperties dataSource;
    private final InboxProperties properties;
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final AtomicLong lastDispatched = new AtomicLong();
    private volatile boolean running;
    private Thread listener;

    NotificationStream(Notifications notifications, DataSourceProperties dataSource, InboxProperties properties) {
        this.notifications = notifications;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    SseEmitter open(CareLoopUser user, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Subscriber subscriber = new Subscriber(user, emitter);
        synchronized (subscriber) {
            subscribers.add(subscriber);
            emitter.onCompletion(() -> subscribers.remove(subscriber));
            emitter.onTimeout(() -> subscribers.remove(subscriber));
            emitter.onError(e -> subscribers.remove(subscriber));
            // registered before replaying, under the subscriber's lock: nothing falls between the two
            long from = lastEventId == null ? notifications.lastSeq() : lastEventId;
            for (Notification missed : notifications.after(user, from, 500)) {
                subscriber.send(missed);
            }
            subscriber.comment("connected");
        }
        return emitter;
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
                subscribers.remove(this);
            }
        }

        void comment(String text) {
            try {
                emitter.send(SseEmitter.event().comment(text));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(this);
            }
        }
    }

}
