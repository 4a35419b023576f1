package org.careloop.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/** Listens to a Server-Sent Events stream like a browser does, and collects the events it receives. */
public final class SseClient implements AutoCloseable {

    /** One event of the stream: its id and data (comments are not events), and when its last line arrived. */
    public record Event(String id, String name, String data, java.time.Instant receivedAt) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;
    private volatile Long retry;
    private volatile java.time.Instant endedAt;

    private SseClient(String url, Map<String, String> headers, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream");
        headers.forEach(request::header);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.whenComplete((r, failure) -> {
            if (r != null) {
                status = r.statusCode();
                read(r.body());
            }
            endedAt = java.time.Instant.now();
        });
    }

    public static SseClient connect(String url, String token) {
        return new SseClient(url, Map.of("Authorization", "Bearer " + token), null);
    }

    public static SseClient reconnect(String url, String token, String lastEventId) {
        return new SseClient(url, Map.of("Authorization", "Bearer " + token), lastEventId);
    }

    /** As a browser's EventSource does: with whatever headers it sends (a session cookie, say), no token. */
    public static SseClient connect(String url, Map<String, String> headers, String lastEventId) {
        return new SseClient(url, headers, lastEventId);
    }

    private void read(Stream<String> lines) {
        String[] id = { null };
        String[] name = { null };
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id[0], name[0], data.toString(), java.time.Instant.now()));
                    }
                    id[0] = null;
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.startsWith("retry:")) {
                    retry = Long.parseLong(line.substring(6).strip());
                }
            });
        } catch (RuntimeException closed) {
            // the stream ended or was closed by the test
        }
    }

    /** Waits until the stream answered (so the server has registered it). */
    public SseClient awaitConnected() {
        Awaitility.await("the stream is open").atMost(Duration.ofSeconds(10)).until(() -> status == 200);
        return this;
    }

    public List<Event> awaitEvents(Predicate<List<Event>> condition, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> condition.test(events));
        return new ArrayList<>(events);
    }

    public List<Event> events() {
        return new ArrayList<>(events);
    }

    /** The HTTP status of the answer, 0 until it came. */
    public int status() {
        return status;
    }

    /** The reconnection time the server asked for ({@code retry:}), in milliseconds, if it did. */
    public Long retry() {
        return retry;
    }

    /** When the server ended the stream (or the request failed), null while it is open. */
    public java.time.Instant endedAt() {
        return endedAt;
    }

    /** Waits until the server ends the stream; returns when it did. */
    public java.time.Instant awaitEnded(Duration atMost) {
        Awaitility.await("the server ends the stream").atMost(atMost).pollInterval(Duration.ofMillis(20))
                .until(() -> endedAt != null);
        return endedAt;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
