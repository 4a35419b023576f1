package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The cluster id a new broker's storage is formatted with: one the storage tool takes on its command line. */
class KafkaClusterIdTests {

    @Test
    void aClusterIdIsSixteenBytesAndNeverReadAsAnOption() {
        // one in 64 random ids starts with '-': the storage tool then refused it ("expected one argument")
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> KafkaBrokerProcess.clusterId()))
                .allSatisfy(id -> {
                    assertThat(id).doesNotStartWith("-");
                    assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
                });
    }
}
