package org.careloop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as committed in {@code docs/api/<service>.openapi.json}, from which the dashboard's
 * build generates its API types. A service's test compares what the running service answers at
 * {@code /v3/api-docs} with the committed file, so neither the file nor the dashboard can drift from the service;
 * with {@code -Dcareloop.openapi.write=true} the test writes the file instead.
 */
public final class OpenApiDocument {

    /** The system property that makes the test (re)write the committed document instead of comparing. */
    public static final String WRITE = "careloop.openapi.write";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiDocument() {
    }

    /** Fails unless the running service's document is the committed one; in write mode, commits it. */
    public static void assertCommitted(ApiClient api, String service) {
        Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String live = normalized(response.json());
        Path file = committedFile(service);
        if (Boolean.getBoolean(WRITE)) {
            write(file, live);
        }
        assertThat(file).as("%s is missing: run the service's OpenApiDocumentIntegrationTests with -D%s=true", file, WRITE)
                .exists();
        assertThat(read(file))
                .as("%s is not what %s serves: run its OpenApiDocumentIntegrationTests with -D%s=true and commit the file",
                        file, service, WRITE)
                .isEqualTo(live);
    }

    /**
     * The document as committed: object keys sorted, so a file changes only when the API does, pretty-printed for
     * readable diffs, without {@code servers} (it names the random port of the test).
     */
    static String normalized(JsonNode document) {
        ObjectNode withoutServers = ((ObjectNode) document).deepCopy();
        withoutServers.remove("servers");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(withoutServers)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> byName = new TreeMap<>();
            node.properties().forEach(property -> byName.put(property.getKey(), sorted(property.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            byName.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static Path committedFile(String service) {
        return RepositoryDocs.folder("api").resolve(service + ".openapi.json");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String document) {
        try {
            Files.writeString(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
