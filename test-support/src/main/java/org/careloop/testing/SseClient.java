package org.careloop.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    private SseClient(String url, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            read(r.body());
        });
    }

    public static SseClient connect(String url, String token) {
        return new SseClient(url, token, null);
    }

    public static SseClient reconnect(String url, String token, String lastEventId) {
        return new SseClient(url, token, lastEventId);
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

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
