package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.EmbeddedPostgresServer;
import se.samverkan.devtools.Tokens;

/**
 * The identity provider of docker-compose.yml, for real: Keycloak from its Maven distribution
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the e2e pom) started as compose starts it
 * ({@code start-dev --import-realm}, the committed {@code docker/keycloak/samverkan-realm.json}, a fixed hostname), and
 * project-service from its packaged jar trusting it only through {@code JWT_ISSUER} and {@code JWT_PUBLIC_KEY_LOCATION}
 * (its JWKS URL). Proves that the realm's tokens carry what the services read (audience, the role in {@code groups},
 * {@code org}, {@code county}) for a person (password grant of the public client) and for a partner system
 * (client credentials); that a key Keycloak rotates in is picked up without restarting the service; and that a token
 * signed with the committed development key is refused even when it names Keycloak as its issuer.
 * <p>
 * Keycloak 26 needs Java 21 or later, so it runs on a JDK of its own: {@code KEYCLOAK_JAVA_HOME}, else the newest
 * JDK 21+ under /usr/lib/jvm (machines here carry Temurin's beside the default one), else this JVM if it is new enough.
 * Without one, or without the unpacked distribution, the test is skipped saying why, unless
 * {@code SAMVERKAN_REQUIRE_KEYCLOAK=true} (CI) makes that a failure.
 */
class KeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path LOGS = Path.of(System.getProperty("samverkan.e2e.logs", "target/e2e-logs"));
    /** The first start builds Keycloak for development mode (Quarkus augmentation): about two minutes on 2 cores. */
    private static final Duration KEYCLOAK_START = Duration.ofMinutes(8);

    private static final String LJUNGBY = "78136e3f-1a6e-1fbb-1230-2f1d2358c7c7";
    private static final String ALMHULT = "3ce7b750-f8f6-1dce-b9d3-e4e54dd9be33";
    private static final String MOTALA = "0a361864-62c3-cc6b-2310-2447f44b0a42";

    /** Settings of this run, given to Keycloak as compose gives them from .env: nothing of the realm file's own. */
    private final String demoPassword = "demo-" + UUID.randomUUID();
    private final String partnerSecret = "partner-" + UUID.randomUUID();
    private final String adminPassword = "admin-" + UUID.randomUUID();

    @Test
    void keycloakTokensAreAcceptedItsRotatedKeyIsPickedUpAndTheDevKeyIsNot() throws Exception {
        Path home = keycloakHome();
        Path javaHome = keycloakJava();
        int keycloakPort = Ports.unused();
        String keycloak = "http://localhost:" + keycloakPort;
        String issuer = keycloak + "/realms/samverkan";
        Process keycloakProcess = startKeycloak(home, javaHome, keycloakPort);
        EmbeddedPostgresServer postgres = null;
        ServiceProcess projects = null;
        try {
            postgres = EmbeddedPostgresServer.start(null, false, 0, false);
            postgres.createDatabaseIfMissing("projects");
            Map<String, String> environment = Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER", "postgres",
                    "DB_PASSWORD", "", "JWT_ISSUER", issuer,
                    "JWT_PUBLIC_KEY_LOCATION", issuer + "/protocol/openid-connect/certs",
                    "SAMVERKAN_ALLOW_DEV_KEY", "false");
            projects = Samverkan.startedOnSomePort("project-service-keycloak", "samverkan.project-service.jar",
                    environment);

            // a person's token (the public client, password grant) with the admin role sets up a project
            String admin = password(issuer, "demo-admin");
            JsonNode adminClaims = claims(admin);
            assertEquals(issuer, adminClaims.path("iss").asText(), "the issuer the services are told to expect");
            assertEquals(List.of("admin"), strings(adminClaims.path("groups")), "the role, alone, in groups");
            String project = created(post(projects, "/projects", admin, Map.of("code", "KC-" + keycloakPort,
                    "name", "Keycloak end-to-end", "ownerOrganisationId", LJUNGBY, "startDate", "2025-01-01",
                    "endDate", "2026-12-31", "status", "IMPLEMENTATION")));
            for (String municipality : List.of(LJUNGBY, ALMHULT, MOTALA)) {
                created(post(projects, "/projects/" + project + "/participants", admin, Map.of("organisationId",
                        municipality, "roles", List.of("BENEFICIARY"), "status", "ACTIVE")));
            }

            // a partner system's token (client credentials) acts as a Ljungby municipality officer: its org claim
            // lets it write Ljungby's plan and not Älmhult's
            String partner = clientCredentials(issuer);
            JsonNode partnerClaims = claims(partner);
            assertEquals(List.of("municipality-officer"), strings(partnerClaims.path("groups")));
            assertEquals(LJUNGBY, partnerClaims.path("org").asText());
            HttpResponse<String> ljungbyPlan = post(projects, "/projects/" + project + "/service-plans", partner,
                    plan(LJUNGBY));
            String plan = created(ljungbyPlan);
            HttpResponse<String> almhultPlan = post(projects, "/projects/" + project + "/service-plans", partner,
                    plan(ALMHULT));
            assertEquals(403, almhultPlan.statusCode(), almhultPlan.body());
            JsonNode createdBy = JSON.readTree(get(projects, "/projects/" + project + "/service-plans/" + plan, admin)
                    .body()).path("createdBy");
            assertEquals("municipality-officer", createdBy.path("role").asText(), createdBy.toString());
            assertEquals(LJUNGBY, createdBy.path("organisationId").asText(), createdBy.toString());
            // the principal's name: Keycloak's preferred_username, here its service-account user
            assertEquals("service-account-partner-system", partnerClaims.path("preferred_username").asText());
            assertEquals("service-account-partner-system", createdBy.path("subject").asText(), createdBy.toString());

            // a viewer may read and not write
            String viewer = password(issuer, "demo-viewer");
            assertEquals(200, get(projects, "/projects/" + project + "/service-plans", viewer).statusCode());
            HttpResponse<String> viewerPlan = post(projects, "/projects/" + project + "/service-plans", viewer,
                    plan(MOTALA));
            assertEquals(403, viewerPlan.statusCode(), viewerPlan.body());

            // rotation: a new RSA key of higher priority signs every token from now on; the service, still running,
            // fetches the JWKS again for the key id it does not know. (Before any token with an unknown key id has
            // come: smallrye-jwt forces that refresh at most once per smallrye.jwt.jwks.forced-refresh-interval.)
            String keyBefore = header(admin).path("kid").asText();
            rotateSigningKey(keycloak);
            String kronoberg = password(issuer, "demo-kronoberg");
            assertNotEquals(keyBefore, header(kronoberg).path("kid").asText(), "Keycloak signs with the new key");
            assertEquals("07", claims(kronoberg).path("county").asText());
            HttpResponse<String> solution = post(projects, "/projects/" + project + "/service-solutions", kronoberg,
                    solution(LJUNGBY));
            created(solution);
            HttpResponse<String> otherCounty = post(projects, "/projects/" + project + "/service-solutions", kronoberg,
                    solution(MOTALA));
            assertEquals(403, otherCounty.statusCode(), "Motala lies in county 05: " + otherCounty.body());

            // the committed development key is not trusted, even for a token that names Keycloak as its issuer
            Map<String, Object> devClaims = Tokens.claims("admin");
            devClaims.put("iss", issuer);
            String devToken = Tokens.signedWithTheDevKey(devClaims).substring("Bearer ".length());
            HttpResponse<String> refused = get(projects, "/projects/" + project, devToken);
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals(401, get(projects, "/projects/" + project, Tokens.admin().substring("Bearer ".length()))
                    .statusCode());
        } finally {
            if (projects != null) {
                projects.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
            stop(keycloakProcess);
        }
    }

    /**
     * Keycloak as docker-compose.yml runs it: development mode, the realm imported from the committed file, the
     * hostname fixed so that the issuer of every token is the same whoever asked for it, health on the management
     * port. The settings the realm file names come from the environment, as compose gives them.
     */
    private Process startKeycloak(Path home, Path javaHome, int port) throws IOException {
        // a fresh start: the development database (H2 under data/) of an earlier run would keep its realm and keys
        Path data = home.resolve("data");
        deleteTree(data);
        Files.createDirectories(data.resolve("import"));
        Files.copy(Path.of(System.getProperty("samverkan.keycloak.realm", "../docker/keycloak/samverkan-realm.json")),
                data.resolve("import/samverkan-realm.json"));
        int managementPort = Ports.unused();
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port, "--health-enabled=true")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("keycloak.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        environment.put("SAMVERKAN_DEMO_PASSWORD", demoPassword);
        environment.put("SAMVERKAN_PARTNER_CLIENT_SECRET", partnerSecret);
        Process process = builder.start();
        String ready = "http://localhost:" + managementPort + "/health/ready";
        try {
            Awaitility.await("Keycloak ready (see target/e2e-logs/keycloak.log)").atMost(KEYCLOAK_START)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                                    + "; see target/e2e-logs/keycloak.log");
                        }
                        return status(ready) == 200;
                    });
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        return process;
    }

    /** Through the admin REST API: a new generated RSA key, active, of higher priority than the realm's first one. */
    private void rotateSigningKey(String keycloak) throws Exception {
        HttpResponse<String> login = form(keycloak + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password",
                        adminPassword));
        assertEquals(200, login.statusCode(), login.body());
        String token = JSON.readTree(login.body()).path("access_token").asText();
        HttpResponse<String> realm = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/samverkan"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, realm.statusCode(), realm.body());
        Map<String, Object> component = Map.of("name", "rsa-rotated", "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", JSON.readTree(realm.body()).path("id").asText(),
                "config", Map.of("priority", List.of("200"), "keySize", List.of("2048"), "algorithm", List.of("RS256"),
                        "active", List.of("true"), "enabled", List.of("true")));
        HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(
                URI.create(keycloak + "/admin/realms/samverkan/components")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(component))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode(), added.body());
    }

    private String password(String issuer, String username) throws Exception {
        return token(issuer, Map.of("grant_type", "password", "client_id", "samverkan-cli", "username", username,
                "password", demoPassword));
    }

    private String clientCredentials(String issuer) throws Exception {
        return token(issuer, Map.of("grant_type", "client_credentials", "client_id", "partner-system",
                "client_secret", partnerSecret));
    }

    private static String token(String issuer, Map<String, String> form) throws Exception {
        HttpResponse<String> answer = form(issuer + "/protocol/openid-connect/token", form);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private static HttpResponse<String> form(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> plan(String municipality) {
        return Map.of("municipalityOrganisationId", municipality, "title", "Serviceplan (test)", "status", "DRAFTING");
    }

    private static Map<String, Object> solution(String municipality) {
        return Map.of("municipalityOrganisationId", municipality, "locality", "Lidhult", "category", "GROCERY_STORE",
                "status", "IN_OPERATION", "startedOn", "2025-03-01");
    }

    private static HttpResponse<String> post(ServiceProcess service, String path, String token, Object body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ServiceProcess service, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String created(HttpResponse<String> answer) throws IOException {
        assertEquals(201, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("id").asText();
    }

    private static JsonNode header(String jwt) throws IOException {
        return part(jwt, 0);
    }

    private static JsonNode claims(String jwt) throws IOException {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGTERM to Keycloak and to a build it may still be running, then wait for them to end. */
    private static void stop(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static Path keycloakHome() {
        Path home = Path.of(System.getProperty("samverkan.keycloak.home", "target/keycloak/missing"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            skipOrFail("Keycloak's distribution is not unpacked at " + home + " (the e2e pom's unpack-keycloak does "
                    + "it in pre-integration-test)");
        }
        return home;
    }

    /** A JDK of 21 or later for Keycloak: KEYCLOAK_JAVA_HOME, else the newest under /usr/lib/jvm, else this one. */
    private static Path keycloakJava() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> newest = candidates.filter(path -> Files.isExecutable(path.resolve("bin/java")))
                        .filter(path -> featureVersion(path) >= 21)
                        .max(Comparator.comparingInt(KeycloakIT::featureVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        skipOrFail("Keycloak 26 needs Java 21 or later: none under /usr/lib/jvm, KEYCLOAK_JAVA_HOME is not set, and "
                + "this JVM is " + Runtime.version().feature());
        return null;
    }

    /** The JDK's major version from its {@code release} file (JAVA_VERSION="25.0.3"); 0 when it has none. */
    private static int featureVersion(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0])
                    .map(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void skipOrFail(String why) {
        if ("true".equals(System.getenv("SAMVERKAN_REQUIRE_KEYCLOAK"))) {
            throw new AssertionError(why + "; SAMVERKAN_REQUIRE_KEYCLOAK=true requires it");
        }
        Assumptions.abort(why);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
