package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Item 7: whose address the rate limit and the services' records use; a client's own X-Forwarded-For never counts. */
class ClientAddressesTests {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.1", ""));

    @Test
    void withoutATrustedProxyTheSocketsPeerIsTheClientWhateverItClaims() {
        assertThat(addresses.of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
        assertThat(new ClientAddresses(List.of()).of(from("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxysForwardedForIsReadFromTheRightPastEveryTrustedProxy() {
        assertThat(addresses.of(from("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client prepended an address of its choosing: the proxy's own entry (rightmost) is the one believed
        assertThat(addresses.of(from("10.1.2.3", "6.6.6.6, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // two trusted proxies in a row
        assertThat(addresses.of(from("192.0.2.1", "203.0.113.9, 10.9.9.9"))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(from("10.1.2.3", "2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void aTrustedProxyWithoutForwardedForOrWithGarbageIsItselfTheClient() {
        assertThat(addresses.of(from("10.1.2.3", null))).isEqualTo("10.1.2.3");
        assertThat(addresses.of(from("10.1.2.3", "evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(addresses.of(from("10.1.2.3", "10.4.4.4"))).isEqualTo("10.4.4.4");
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/cases")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
