package org.careloop.events.audit.v1;

import java.time.Instant;

/**
 * The head of a service's audit chain at a moment: the record sealed at {@code position} carries {@code hash}
 * (SHA-256, lower-case hex). Kept outside the database, it lets the service find its trail cut or rewritten later
 * by someone who could change the database, its owner included.
 *
 * @param chain which chain: {@code <service>/<database>}, also the record key
 */
public record AuditChainAnchored(String chain, long position, String hash, Instant anchoredAt) {

    public static final String TYPE = "careloop.audit.chain-anchored.v1";
}
