package org.careloop.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 on a plain socket, for what ordinary clients will not send: a body of any size with
 * {@code Transfer-Encoding: chunked} and no {@code Content-Length}, a body that trickles in, a request from another
 * loopback address (a stand-in proxy). The answer is read while the body is still being written, as a server may
 * answer (and close) before it has read everything.
 */
public final class RawHttp {

    /**
     * What came back: the status, the headers (names in lower case), the body as text, how many body bytes were
     * written before the server stopped taking them, and whether the server then closed the connection.
     */
    public record Answer(int status, Map<String, String> headers, String body, long bytesSent, boolean closed,
            Duration took) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URI base;
    private final InetAddress from;

    private RawHttp(URI base, InetAddress from) {
        this.base = base;
        this.from = from;
    }

    public static RawHttp to(String baseUrl) {
        return new RawHttp(URI.create(baseUrl), null);
    }

    /** Connects from this local address (any 127.x.y.z works on Linux's loopback). */
    public RawHttp from(String localAddress) {
        try {
            return new RawHttp(base, InetAddress.getByName(localAddress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request without a body. */
    public Answer send(String method, String path, Map<String, String> headers) {
        return exchange(method, path, headers, null, 0, 0, Duration.ZERO);
    }

    /** A chunked body of {@code totalBytes} bytes (spaces), in chunks of {@code chunkBytes}, no pauses. */
    public Answer chunked(String method, String path, Map<String, String> headers, long totalBytes, int chunkBytes) {
        return exchange(method, path, headers, "chunked", totalBytes, chunkBytes, Duration.ZERO);
    }

    /** A body declared by {@code Content-Length} and sent in full, as fast as the server takes it. */
    public Answer withLength(String method, String path, Map<String, String> headers, long totalBytes) {
        return exchange(method, path, headers, "length", totalBytes, 64 * 1024, Duration.ZERO);
    }

    /** A chunked body that trickles in: one byte, then a pause, and so on (slowloris). */
    public Answer trickle(String method, String path, Map<String, String> headers, long totalBytes, Duration pause) {
        return exchange(method, path, headers, "chunked", totalBytes, 1, pause);
    }

    private Answer exchange(String method, String path, Map<String, String> headers, String framing,
            long totalBytes, int chunkBytes, Duration pause) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> read(socket, in));
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if ("chunked".equals(framing)) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if ("length".equals(framing)) {
                head.append("Content-Length: ").append(totalBytes).append("\r\n");
            }
            head.append("\r\n");
            AtomicLong sent = new AtomicLong();
            try {
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                byte[] chunk = new byte[Math.max(chunkBytes, 1)];
                // whitespace: a JSON parser reads on through it, so only a limit on the bytes stops it (a body of
                // letters would be refused as malformed after its first few bytes)
                java.util.Arrays.fill(chunk, (byte) ' ');
                while (framing != null && sent.get() < totalBytes && !answer.isDone()) {
                    int length = (int) Math.min(chunk.length, totalBytes - sent.get());
                    if ("chunked".equals(framing)) {
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk, 0, length);
                    if ("chunked".equals(framing)) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    sent.addAndGet(length);
                    if (!pause.isZero()) {
                        Thread.sleep(pause);
                    }
                }
                if ("chunked".equals(framing) && !answer.isDone()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // the server stopped reading (answered and closed): its answer is what counts
            }
            Answer read = answer.get(90, TimeUnit.SECONDS);
            return new Answer(read.status(), read.headers(), read.body(), sent.get(), read.closed(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer to " + method + " " + path, e);
        }
    }

    /** One response (Content-Length, chunked, or until the connection closes), then whether the connection closed. */
    private static Answer read(Socket socket, InputStream in) {
        try {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("the connection closed without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                        size = Integer.parseInt(line(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else {
                body.write(in.readAllBytes());
            }
            boolean closed;
            try {
                socket.setSoTimeout(2_000); // a kept-alive connection stays silent
                closed = in.read() < 0;
            } catch (java.net.SocketTimeoutException e) {
                closed = false;
            } catch (IOException e) {
                closed = true; // reset: closed as well
            }
            return new Answer(status, headers, body.toString(StandardCharsets.UTF_8), 0, closed, Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            line.append((char) next);
        }
        return line.toString().stripTrailing();
    }
}
