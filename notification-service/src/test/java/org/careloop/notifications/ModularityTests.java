package org.careloop.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(NotificationServiceApplication.class).verify();
    }
}
