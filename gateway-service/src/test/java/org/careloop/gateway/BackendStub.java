package org.careloop.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a CareLoop service behind the gateway: answers every request with a small JSON body and remembers
 * what it received (the headers the gateway relayed). {@code /api/cases/slow} answers after two seconds.
 */
final class BackendStub implements AutoCloseable {

    /** A request as it arrived, with the number of body bytes that came before it ended (or broke off). */
    record Received(String method, String path, Map<String, List<String>> headers, long bodyBytes) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    BackendStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            long bodyBytes = 0;
            try (var body = exchange.getRequestBody()) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    bodyBytes += read;
                }
            } catch (IOException e) {
                // the gateway broke the body off
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), bodyBytes));
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                // a slow service: it answers two seconds later, past the gateway's timeout in these tests
                CompletableFuture.runAsync(() -> respond(exchange),
                        CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
            } else {
                respond(exchange);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    private static void respond(HttpExchange exchange) {
        byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } catch (IOException e) {
            // the gateway gave up waiting and closed the connection
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Received last(String path) {
        return received.reversed().stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the service received no request for " + path));
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
