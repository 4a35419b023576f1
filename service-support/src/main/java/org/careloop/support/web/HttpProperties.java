package org.careloop.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of every service's HTTP edge, under {@code careloop.http}.
 *
 * @param maxRequestBytes the largest request body read, counted as it arrives (chunked or not) and as the JSON
 *        parser's document limit: 1 MiB, far above any CareLoop request
 */
@ConfigurationProperties("careloop.http")
public record HttpProperties(@DefaultValue("1048576") long maxRequestBytes) {
}
