package org.careloop.cases;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(CaseServiceApplication.class).verify();
    }
}
