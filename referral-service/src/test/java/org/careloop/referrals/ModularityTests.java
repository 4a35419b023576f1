package org.careloop.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.careloop.testing.RepositoryDocs;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReferralServiceApplication.class);

    @Test
    void featurePackagesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    /** The module documentation (diagrams and one canvas per module) is committed in docs/modules/referral-service/. */
    @Test
    void writesTheModuleDocumentation() {
        Path folder = RepositoryDocs.writeModuleDocumentation(MODULES, "referral-service");

        assertThat(folder.resolve("components.puml")).content().contains("Rel(");
        assertThat(folder.resolve("all-docs.adoc")).exists();
        assertThat(folder.resolve("module-referral.adoc")).exists();
    }
}
