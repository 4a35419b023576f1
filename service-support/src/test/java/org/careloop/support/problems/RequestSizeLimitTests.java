package org.careloop.support.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/** Item 2: a body is bounded by the bytes read, whether or not Content-Length was sent. */
class RequestSizeLimitTests {

    private static final long LIMIT = 1_048_576;

    private final RequestSizeLimit filter = new RequestSizeLimit(LIMIT, JsonMapper.builder().build());

    @Test
    void aChunkedBodyOverTheLimitIs413OnceTheLimitIsRead() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        long[] read = { 0 };

        filter.doFilter(chunked(5 * LIMIT), response, (request, ignored) -> {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                read[0] += n;
            }
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("/request-too-large");
        assertThat(read[0]).as("bytes handed to the application").isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void aChunkedBodyWithinTheLimitPassesWhole() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        long[] read = { 0 };

        filter.doFilter(chunked(LIMIT), response, (request, ignored) -> read[0] = request.getInputStream()
                .readAllBytes().length);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(read[0]).isEqualTo(LIMIT);
    }

    /** A request whose body has no Content-Length, as Transfer-Encoding: chunked arrives. */
    private static MockHttpServletRequest chunked(long bytes) {
        InputStream endless = new InputStream() {
            long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/cases/1/treatment-summary") {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(endless);
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }
}
