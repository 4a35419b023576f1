package org.careloop.cases.casefile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@link WorkerDirectory} under {@code careloop.cases.workers}.
 *
 * @param forgetAfter a social worker not seen with their team for this long is no longer one of its workers (a case
 *     is not handed to them, they are not listed) until they use CareLoop again: a month, by default, so leave and
 *     holidays do not drop anyone, while someone who has left and kept no account is forgotten
 */
@ConfigurationProperties("careloop.cases.workers")
public record WorkerDirectoryProperties(@DefaultValue("30d") Duration forgetAfter) {
}
