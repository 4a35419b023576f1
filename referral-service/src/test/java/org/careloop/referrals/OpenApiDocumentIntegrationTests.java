package org.careloop.referrals;

import org.careloop.testing.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/api/referral-service.openapi.json}, which the dashboard's API types are generated
 * from, is what the service serves. Runs in the context of the other {@link ReferralServiceIntegrationTest}s (no extra
 * one). Rewrite the file with {@code -Dcareloop.openapi.write=true}.
 */
class OpenApiDocumentIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void theCommittedDocumentIsTheOneTheServiceServes() {
        OpenApiDocument.assertCommitted(api, "referral-service");
    }
}
