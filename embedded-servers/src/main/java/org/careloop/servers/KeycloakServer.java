package org.careloop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak (the server distribution from Maven Central) with CareLoop's realm imported: the local run's
 * identity provider, and the one of tests that need the real one. The distribution is unpacked once into a cache
 * folder; each start imports the realm afresh on random ports. {@code kc.sh} does not exec java: it runs as an
 * {@link OwnedProcess}, whose stop ends its whole process group, and which never outlives the JVM that started it.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OwnedProcess process;
    private final int port;
    private final Path home;
    private final String publicUrl;

    private KeycloakServer(OwnedProcess process, int port, Path home, String publicUrl) {
        this.process = process;
        this.port = port;
        this.home = home;
        this.publicUrl = publicUrl;
    }

    /**
     * Starts Keycloak from the distribution zip (as copied into the build by Maven) with the given realm file.
     */
    public static KeycloakServer start(Path distributionZip, Path realmFile) {
        return start(distributionZip, realmFile, 0, true);
    }

    /**
     * Starts Keycloak on the given port (0: any free one). With {@code freshRealm} the realm is imported anew; else
     * the realm and its sessions stay from the previous start (the local run).
     */
    public static KeycloakServer start(Path distributionZip, Path realmFile, int fixedPort, boolean freshRealm) {
        return start(distributionZip, realmFile, fixedPort, freshRealm, null);
    }

    /**
     * As above; {@code publicUrl} (like {@code http://localhost:8180}) is the one address browsers and services use,
     * so every token names the same issuer whoever asked for it.
     */
    public static KeycloakServer start(Path distributionZip, Path realmFile, int fixedPort, boolean freshRealm,
            String publicUrl) {
        return launch(distributionZip, realmFile, fixedPort, freshRealm, publicUrl).awaitReady();
    }

    /**
     * As {@link #start(Path, Path, int, boolean, String)}, without waiting: its addresses are known at once, so
     * that the services can start while Keycloak does; {@link #awaitReady()} before asking it for anything.
     */
    public static KeycloakServer launch(Path distributionZip, Path realmFile, int fixedPort, boolean freshRealm,
            String publicUrl) {
        try {
            Path home = unpacked(distributionZip);
            Path data = home.resolve("data");
            Files.createDirectories(data.resolve("import"));
            try (Stream<Path> old = Files.list(data.resolve("import"))) {
                old.forEach(FileTrees::deleteRecursively);
            }
            Files.copy(realmFile, data.resolve("import").resolve("careloop-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            if (freshRealm) {
                Path fresh = freshDatabase(home, realmFile);
                FileTrees.deleteRecursively(data.resolve("h2"));
                FileTrees.copyRecursively(fresh, data.resolve("h2"));
            }
            int port = fixedPort == 0 ? FreePorts.freePort() : fixedPort;
            return new KeycloakServer(spawn(home, port, publicUrl), port, home, publicUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keycloak's database with its schema made and the realm imported, and nothing else (no login, no session): made
     * once per realm file by a first start, then copied for every fresh start, which so skips creating the schema and
     * importing the realm (a quarter of Keycloak's start, on the stack's critical path).
     */
    private static synchronized Path freshDatabase(Path home, Path realmFile) throws IOException {
        String realm;
        try {
            realm = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(realmFile))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path fresh = home.resolve("fresh-database-" + realm);
        if (Files.isDirectory(fresh)) {
            return fresh;
        }
        Path h2 = home.resolve("data").resolve("h2");
        FileTrees.deleteRecursively(h2);
        int port = FreePorts.freePort();
        KeycloakServer first = new KeycloakServer(spawn(home, port, null), port, home, null);
        try {
            first.awaitReady();
        } finally {
            first.close();
        }
        Path making = home.resolve("fresh-database-" + realm + ".part");
        FileTrees.deleteRecursively(making);
        FileTrees.copyRecursively(h2, making);
        Files.move(making, fresh, StandardCopyOption.ATOMIC_MOVE);
        return fresh;
    }

    private static OwnedProcess spawn(Path home, int port, String publicUrl) throws IOException {
        int management = FreePorts.freePort();
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
                "--import-realm", "--health-enabled=true"));
        if (publicUrl != null) {
            command.add("--hostname=" + publicUrl);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("keycloak-test.log").toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_APPEND", "-Xmx512m");
        return OwnedProcess.start(builder, Duration.ofSeconds(20));
    }

    /** Waits until the realm answers (its OpenID configuration). */
    public KeycloakServer awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Polling.until("Keycloak on port " + port, Duration.ofSeconds(180), Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + home.resolve("keycloak-test.log"));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/realms/careloop/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String issuerUri() {
        return (publicUrl == null ? baseUrl() : publicUrl) + "/realms/careloop";
    }

    public String jwkSetUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** An access token for a demo user through the {@code careloop-cli} client (password grant). */
    public String token(String username, String password) {
        return token("careloop-cli", username, password);
    }

    /** An access token through another client of the realm (password grant). */
    public String token(String clientId, String username, String password) {
        HttpResponse<String> response = tokenResponse(clientId, username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    public HttpResponse<String> tokenResponse(String clientId, String username, String password) {
        return passwordGrant("careloop", clientId, username, password);
    }

    /**
     * Adds a public client with direct access grants and none of CareLoop's mappers: its tokens lack the audience
     * {@code careloop-api}, as a token issued for another application would.
     */
    public void addClientWithoutCareLoopAudience(String clientId) {
        addClient("{\"clientId\":\"" + clientId + "\",\"publicClient\":true,"
                + "\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false}");
    }

    /** Adds a client to the careloop realm (the admin API's client representation); an existing one is kept. */
    public void addClient(String representation) {
        int status = admin("POST", "/admin/realms/careloop/clients", representation).statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Keycloak refused the client " + representation + ": " + status);
        }
    }

    /** A call to Keycloak's admin API as the bootstrap admin of the master realm. */
    public HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + masterToken("admin-cli", "admin", "admin"))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** An access token of the master realm: well-formed and signed by this Keycloak, but of another issuer. */
    public String masterToken(String clientId, String username, String password) {
        return JSON.readTree(passwordGrant("master", clientId, username, password).body()).get("access_token")
                .asString();
    }

    private HttpResponse<String> passwordGrant(String realm, String clientId, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password);
        URI endpoint = URI.create(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token");
        return send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.stop();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Unpacks the distribution once per machine (and version) into a cache folder. */
    private static synchronized Path unpacked(Path zip) throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "careloop");
        Files.createDirectories(cache);
        Path marker = cache.resolve(zip.getFileName() + ".unpacked");
        Path home;
        if (Files.exists(marker)) {
            home = Path.of(Files.readString(marker).strip());
            if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
                return home;
            }
        }
        Path target = cache.resolve(zip.getFileName().toString().replace(".zip", ""));
        FileTrees.deleteRecursively(target);
        Path top = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Unexpected entry in the Keycloak distribution: " + entry.getName());
                }
                if (top == null) {
                    top = target.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    // copies this entry only: the zip stream ends each entry, and stays open for the next
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        home = top;
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            Path file = home.resolve("bin").resolve(script);
            if (Files.exists(file)) {
                file.toFile().setExecutable(true);
            }
        }
        Files.writeString(marker, home.toString());
        return home;
    }
}
