package org.careloop.support.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds a request body by the bytes actually read: one declared larger ({@code Content-Length}) is refused before
 * anything reads it, and one without a length ({@code Transfer-Encoding: chunked}) is cut off at the byte past the
 * limit, so the application never holds more than the limit. Either way the answer is a 413 problem. Tomcat limits
 * only form posts on its own.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    public RequestSizeLimit(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        BoundedBody bounded = new BoundedBody(request, maxBytes);
        try {
            chain.doFilter(bounded, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!bounded.exceeded || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response);
            return;
        }
        if (bounded.exceeded && !response.isCommitted()) {
            // the application caught the refusal and answered something else: the limit is the answer
            response.reset();
            refuse(response);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), tooLarge(maxBytes));
    }

    static org.springframework.http.ProblemDetail tooLarge(long maxBytes) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                "The request body is larger than " + maxBytes + " bytes.");
    }

    /** Thrown by the body's stream at the byte past the limit. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes.");
        }
    }

    /** The request with a body stream that counts what it hands out. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private boolean exceeded;

        BoundedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream body;
            private long read;

            Counting(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                refuseOnceExceeded();
                int next = body.read();
                count(next < 0 ? 0 : 1);
                return next;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                refuseOnceExceeded();
                // never hand out more than one byte past the limit, so the application never holds more
                int n = body.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - read));
                count(Math.max(n, 0));
                return n;
            }

            private void refuseOnceExceeded() throws BodyTooLargeException {
                if (exceeded) {
                    throw new BodyTooLargeException(maxBytes);
                }
            }

            private void count(int n) throws BodyTooLargeException {
                read += n;
                if (read > maxBytes) {
                    exceeded = true;
                    throw new BodyTooLargeException(maxBytes);
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
