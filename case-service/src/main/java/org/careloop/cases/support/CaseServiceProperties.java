package org.careloop.cases.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case-service under {@code careloop.cases}; event settings are under {@code careloop.events}.
 *
 * @param zone where the hospice works: "today" for the date rules (no death in the future) is the day there
 */
@ConfigurationProperties("careloop.cases")
public record CaseServiceProperties(@DefaultValue("UTC") String zone) {
}
