package org.careloop.cases;

import org.careloop.testing.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/api/case-service.openapi.json}, which the dashboard's API types are generated from, is
 * what the service serves. Runs in the context of the other {@link CaseServiceIntegrationTest}s (no extra one).
 * Rewrite the file with {@code -Dcareloop.openapi.write=true}.
 */
class OpenApiDocumentIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void theCommittedDocumentIsTheOneTheServiceServes() {
        OpenApiDocument.assertCommitted(api, "case-service");
    }
}
