package org.careloop.referrals;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(ReferralServiceApplication.class).verify();
    }
}
