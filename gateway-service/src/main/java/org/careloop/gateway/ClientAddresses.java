package org.careloop.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The client's address as the gateway sees it: the socket's peer, unless that peer is a trusted proxy, in which
 * case the proxy's {@code X-Forwarded-For} is read from the right, past every trusted proxy, to the first address no
 * trusted proxy owns. A client's own {@code X-Forwarded-For} (from an untrusted peer) is never believed.
 */
final class ClientAddresses {

    /** An IPv4 or IPv6 literal: only these are parsed, so no header ever causes a DNS lookup. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]{7,15}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().filter(proxy -> !proxy.isBlank()).map(Range::parse)
                .toList();
    }

    String of(ServerHttpRequest request) {
        String peer = request.getRemoteAddress() == null || request.getRemoteAddress().getAddress() == null
                ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return peer; // a trusted proxy writes addresses only: this list is not to be believed
            }
            if (!trusted(hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            return false;
        }
        byte[] bytes = literal(address);
        return trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an address literal (checked against {@link #ADDRESS} first, so no DNS lookup happens). */
    private static byte[] literal(String address) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return new byte[0];
        }
    }

    /** An address, or a CIDR range such as {@code 10.0.0.0/8}. */
    record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/");
            if (!ADDRESS.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("Not an address or CIDR range: " + text);
            }
            byte[] network = literal(parts[0]);
            return new Range(network, parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
