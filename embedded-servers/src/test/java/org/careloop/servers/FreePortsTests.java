package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void aFreePortCanBeListenedOn() {
        int port = FreePorts.freePort();

        assertThat(port).isPositive();
        assertThat(FreePorts.isFree(port)).isTrue();
    }

    @Test
    void aPortSomeoneListensOnIsNotFree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(FreePorts.isFree(taken.getLocalPort())).isFalse();
        }
    }
}
