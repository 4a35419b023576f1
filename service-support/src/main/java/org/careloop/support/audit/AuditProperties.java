package org.careloop.support.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail, under {@code careloop.audit}.
 *
 * @param sealEvery how often new records are sealed into the hash chain
 * @param anchorEvery how often the chain is checked against the newest head published outside the database, and
 *        its head published again (the longest a cut of the newest records can go unseen)
 */
@ConfigurationProperties("careloop.audit")
public record AuditProperties(@DefaultValue("1s") Duration sealEvery, @DefaultValue("1m") Duration anchorEvery) {
}
