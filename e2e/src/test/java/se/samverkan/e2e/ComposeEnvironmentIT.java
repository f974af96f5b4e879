package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.EmbeddedPostgresServer;
import se.samverkan.devtools.ResponseContract;

/**
 * docker-compose.yml can start: the services' environment is read from {@code docker-compose config} (rendered with
 * .env.example's values, and the issuer an operator would name) and the packaged jars are started with exactly that
 * environment and nothing else. The only changes are the ones compose's network makes: a service name and its port
 * ({@code postgres:5432}, {@code funding-service:8082}) become this machine's address and a port of the test's, and
 * each service listens on the port the test chose. PostgreSQL is prepared by compose's own init script. No Docker
 * engine is needed, so a compose file whose services cannot start fails the build.
 * <p>
 * Needs the {@code docker-compose} command (Debian package docker-compose); without it the test is skipped, saying
 * why, unless {@code SAMVERKAN_REQUIRE_COMPOSE=true} (CI) makes that a failure.
 */
class ComposeEnvironmentIT {

    private static final Path ROOT = Path.of(System.getProperty("samverkan.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String JWKS_PATH = "/realms/samverkan/protocol/openid-connect/certs";
    /** The variables that name the port a service listens on: the test gives each a port of its own. */
    private static final List<String> LISTENING_PORTS = List.of("QUARKUS_HTTP_PORT", "HTTP_PORT", "MANAGEMENT_PORT",
            "QUARKUS_MANAGEMENT_PORT");

    @Test
    void theServicesStartWithExactlyTheEnvironmentComposeGivesThemAndTrustOnlyTheIssuer() throws Exception {
        KeyPair issuerKey = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("localhost", Ports.unused()), 0);
        byte[] jwks = jwks((RSAPublicKey) issuerKey.getPublic());
        issuer.createContext(JWKS_PATH, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuer.start();
        String issuerUrl = "http://localhost:" + issuer.getAddress().getPort() + "/realms/samverkan";

        JsonNode compose = rendered(Map.of("JWT_ISSUER", issuerUrl, "JWT_PUBLIC_KEY_LOCATION", issuerUrl
                + "/protocol/openid-connect/certs"));
        JsonNode services = compose.path("services");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, false, 0, false);
        List<ServiceProcess> started = new ArrayList<>();
        try {
            runInitScript(postgres, environment(services.path("postgres")));

            Map<String, Integer> network = new HashMap<>();
            network.put("postgres:5432", postgres.port());
            Map<String, Integer> ports = new HashMap<>();
            for (String service : List.of("project-service", "funding-service")) {
                int port = Ports.unused();
                ports.put(service, port);
                network.put(service + ":" + environment(services.path(service)).get("QUARKUS_HTTP_PORT"), port);
            }
            for (String service : List.of("project-service", "funding-service")) {
                Map<String, String> environment = onThisMachine(environment(services.path(service)), network,
                        ports.get(service));
                started.add(new ServiceProcess(service + "-compose", "samverkan." + service + ".jar", ports.get(service),
                        environment, false).start());
            }
            ServiceProcess projects = started.get(0);
            ServiceProcess funding = started.get(1);

            // tokens of the issuer compose names are accepted, through its JWKS URL, by both services
            String admin = issuedBy(issuerUrl, issuerKey, "admin");
            assertEquals(200, get(projects, "/organisations?type=REGION", admin).statusCode());
            assertEquals(200, get(funding, "/calls", admin).statusCode());
            // and the committed development key is not trusted
            HttpResponse<String> devToken = get(projects, "/organisations?type=REGION", Samverkan.ADMIN_TOKEN);
            assertEquals(401, devToken.statusCode(), devToken.body());
            assertEquals(401, get(funding, "/calls", Samverkan.ADMIN_TOKEN).statusCode());

            // the pair finds each other at the addresses compose gives: the demo's co-funding is checked against
            // project-service, and the overview reads the project's financing from funding-service
            String projectId = new DemoCase(new ApiClient(projects.baseUrl(), admin), new ApiClient(funding.baseUrl(), admin))
                    .load().projectId();
            HttpResponse<String> overview = get(projects, "/projects/" + projectId + "/overview", admin);
            assertEquals(200, overview.statusCode(), overview.body());
            JsonNode body = JSON.readTree(overview.body());
            assertFalse(body.path("funding").isNull(), "the overview reached funding-service: " + overview.body());
        } finally {
            started.forEach(ServiceProcess::stop);
            postgres.close();
            issuer.stop(0);
        }
    }

    /**
     * Without an issuer in .env, the services trust compose's own Keycloak: their JWT_ISSUER is the issuer of every
     * token Keycloak hands out (its fixed hostname, KC_HOSTNAME, and the realm), their JWKS URL reaches it inside
     * compose's network, and Keycloak imports the committed realm file: the version KeycloakIT runs.
     */
    @Test
    void withoutAnIssuerOfTheirOwnTheServicesTrustComposesKeycloak() throws Exception {
        JsonNode services = rendered(Map.of()).path("services");
        JsonNode keycloak = services.path("keycloak");
        Map<String, String> keycloakEnvironment = environment(keycloak);
        String realm = JSON.readTree(ROOT.resolve("docker/keycloak/samverkan-realm.json").toFile()).path("realm").asText();
        String issuer = keycloakEnvironment.get("KC_HOSTNAME") + "/realms/" + realm;
        String jwks = "http://keycloak:" + keycloakEnvironment.get("KC_HTTP_PORT") + "/realms/" + realm
                + "/protocol/openid-connect/certs";
        for (String service : List.of("project-service", "funding-service")) {
            Map<String, String> environment = environment(services.path(service));
            assertEquals(issuer, environment.get("JWT_ISSUER"), service);
            assertEquals(jwks, environment.get("JWT_PUBLIC_KEY_LOCATION"), service);
        }
        String hostPort = keycloakEnvironment.get("KC_HOSTNAME").replaceAll(".*:", "");
        assertTrue(keycloak.path("ports").toString().contains("\"published\":" + hostPort)
                || keycloak.path("ports").toString().contains(hostPort + ":"),
                "the hostname's port is the one published: " + keycloak.path("ports"));
        assertTrue(keycloak.path("volumes").toString().contains(
                "docker/keycloak/samverkan-realm.json:/opt/keycloak/data/import/"), keycloak.path("volumes").toString());
        assertTrue(keycloak.path("command").toString().contains("--import-realm"), keycloak.path("command").toString());
        String version = System.getProperty("samverkan.keycloak.version");
        if (version != null) {
            assertEquals("quay.io/keycloak/keycloak:" + version, keycloak.path("image").asText());
        }
    }

    /**
     * {@code docker-compose config} with .env.example's values (the overrides replace some of them or are added, as an
     * operator's .env would), and with none of this JVM's environment, so only the files decide.
     */
    private static JsonNode rendered(Map<String, String> overrides) throws Exception {
        Path dockerCompose = onPath("docker-compose");
        if (dockerCompose == null) {
            String why = "docker-compose is not installed (Debian: apt-get install docker-compose), so the compose "
                    + "file's environment cannot be read";
            if ("true".equals(System.getenv("SAMVERKAN_REQUIRE_COMPOSE"))) {
                throw new AssertionError(why + "; SAMVERKAN_REQUIRE_COMPOSE=true requires it");
            }
            Assumptions.abort(why);
        }
        List<String> lines = new ArrayList<>();
        Map<String, String> notInTheFile = new LinkedHashMap<>(overrides);
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            String name = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')) : null;
            lines.add(name != null && overrides.containsKey(name) ? name + "=" + overrides.get(name) : line);
            notInTheFile.remove(name);
        }
        // the rest as an operator would add them to .env (the issuer: compose's own Keycloak is the default)
        notInTheFile.forEach((name, value) -> lines.add(name + "=" + value));
        Path envFile = Files.createTempFile("compose", ".env");
        Path output = Files.createTempFile("compose", ".yml");
        try {
            Files.write(envFile, lines);
            ProcessBuilder builder = new ProcessBuilder(dockerCompose.toString(), "--env-file", envFile.toString(),
                    "-f", ROOT.resolve("docker-compose.yml").toString(), "config")
                    .directory(ROOT.toFile()).redirectErrorStream(false)
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
            String path = System.getenv("PATH");
            builder.environment().clear();
            builder.environment().put("PATH", path);
            Process process = builder.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
            assertEquals(0, process.exitValue(), "docker-compose config failed");
            return YAML.readTree(output.toFile());
        } finally {
            Files.deleteIfExists(envFile);
            Files.deleteIfExists(output);
        }
    }

    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service.path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        assertFalse(environment.isEmpty(), "compose gives the service no environment: " + service);
        return environment;
    }

    /**
     * The service's environment as compose's network would resolve it here: {@code //name:port} of another service
     * becomes {@code //localhost:} the test's port for it, and the service listens on its own port. Nothing else
     * changes.
     */
    private static Map<String, String> onThisMachine(Map<String, String> environment, Map<String, Integer> network,
            int port) {
        Map<String, String> local = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            String resolved = value;
            for (Map.Entry<String, Integer> address : network.entrySet()) {
                resolved = resolved.replace("//" + address.getKey(), "//localhost:" + address.getValue());
            }
            local.put(name, resolved);
        });
        for (String name : LISTENING_PORTS) {
            if (local.containsKey(name)) {
                local.put(name, Integer.toString(name.contains("MANAGEMENT") ? Ports.unused() : port));
            }
        }
        return local;
    }

    /**
     * The SQL of docker/postgres-init.sh, run as the superuser the way the script's psql would: its variables
     * ({@code -v name="$VAR"}, used as {@code :'name'}) are taken from the postgres service's environment.
     */
    private static void runInitScript(EmbeddedPostgresServer postgres, Map<String, String> postgresEnvironment)
            throws Exception {
        String script = Files.readString(ROOT.resolve("docker/postgres-init.sh"));
        Matcher heredoc = Pattern.compile("<<'SQL'\\n(.*?)\\nSQL", Pattern.DOTALL).matcher(script);
        assertTrue(heredoc.find(), "docker/postgres-init.sh runs its SQL in a <<'SQL' heredoc");
        String sql = heredoc.group(1);
        Matcher variable = Pattern.compile("-v (\\w+)=\"\\$(\\w+)\"").matcher(script);
        while (variable.find()) {
            String value = postgresEnvironment.get(variable.group(2));
            assertTrue(value != null, "compose gives postgres no " + variable.group(2));
            sql = sql.replace(":'" + variable.group(1) + "'", "'" + value.replace("'", "''") + "'");
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            // one statement at a time, as psql sends them: CREATE DATABASE cannot run inside a transaction
            for (String command : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
        }
    }

    private static String issuedBy(String issuer, KeyPair key, String role) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Instant now = Instant.now();
        claims.put("iss", issuer);
        claims.put("aud", DevToken.AUDIENCE);
        claims.put("sub", "compose-test-" + role);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of(role));
        return DevToken.signed(claims, key.getPrivate());
    }

    private static byte[] jwks(RSAPublicKey key) throws IOException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> jwk = Map.of("kty", "RSA", "use", "sig", "alg", "RS256",
                "n", b64.encodeToString(unsigned(key.getModulus().toByteArray())),
                "e", b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        return JSON.writeValueAsBytes(Map.of("keys", List.of(jwk)));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static HttpResponse<String> get(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        ResponseContract.check("GET", response.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
        return response;
    }

    private static Path onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
