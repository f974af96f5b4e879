package se.samverkan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.EmbeddedPostgresServer;

/**
 * The whole system for an end-to-end test: one embedded PostgreSQL 17 with a database per service, and
 * both services from their packaged jars, each told where the other is.
 */
final class Samverkan implements AutoCloseable {

    private final Path dataDirectory;
    private final int databasePort;
    private EmbeddedPostgresServer postgres;
    final ServiceProcess projectService;
    final ServiceProcess fundingService;
    /** Replicas started beside the pair; {@link #close()} stops them too. */
    private final List<ServiceProcess> replicas = new ArrayList<>();

    private Samverkan(Path dataDirectory, EmbeddedPostgresServer postgres, ServiceProcess projectService,
            ServiceProcess fundingService) {
        this.dataDirectory = dataDirectory;
        this.databasePort = postgres.port();
        this.postgres = postgres;
        this.projectService = projectService;
        this.fundingService = fundingService;
    }

    /** A development admin token, signed with the committed dev-only key the services trust in this run. */
    static final String ADMIN_TOKEN = DevToken.mint("admin", null, null);

    /** Every request of these tests gives up after this long rather than hang the build; far above any answer's time. */
    static final int PATIENCE_MILLIS = 60_000;

    /** How often a start is tried again when a port chosen for it was taken meanwhile. */
    private static final int STARTS = 3;

    static Samverkan start() {
        return start(Map.of());
    }

    /** Both services with these settings added to their environment. */
    static Samverkan start(Map<String, String> settings) {
        // every request of these tests carries the admin token unless a test sends another
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + ADMIN_TOKEN).build();
        RestAssured.config = RestAssuredConfig.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", PATIENCE_MILLIS)
                        .setParam("http.socket.timeout", PATIENCE_MILLIS));
        for (int attempt = 1;; attempt++) {
            try {
                return startOnce(settings);
            } catch (ServiceProcess.PortTaken e) {
                if (attempt == STARTS) {
                    throw e;
                }
            }
        }
    }

    private static Samverkan startOnce(Map<String, String> settings) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("samverkan-e2e-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, true, Ports.unused(), false);
        postgres.createDatabaseIfMissing("projects");
        postgres.createDatabaseIfMissing("funding");
        int projectPort = Ports.unused();
        int fundingPort = Ports.unused();
        Map<String, String> projectEnvironment = new HashMap<>(Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER",
                "postgres", "DB_PASSWORD", "", "FUNDING_SERVICE_URL", "http://localhost:" + fundingPort,
                "SAMVERKAN_ALLOW_DEV_KEY", "true"));
        projectEnvironment.putAll(settings);
        Map<String, String> fundingEnvironment = new HashMap<>(Map.of("DB_URL", postgres.jdbcUrl("funding"), "DB_USER",
                "postgres", "DB_PASSWORD", "", "PROJECT_SERVICE_URL", "http://localhost:" + projectPort,
                "SAMVERKAN_ALLOW_DEV_KEY", "true",
                // the dashboard, served by project-service, reads funding-service from the browser
                "CORS_ORIGINS", "http://localhost:" + projectPort));
        fundingEnvironment.putAll(settings);
        ServiceProcess project = new ServiceProcess("project-service", "samverkan.project-service.jar", projectPort,
                projectEnvironment);
        ServiceProcess funding = new ServiceProcess("funding-service", "samverkan.funding-service.jar", fundingPort,
                fundingEnvironment);
        Samverkan system = new Samverkan(dataDirectory, postgres, project, funding);
        try {
            project.start();
            funding.start();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    /** Another project-service on the same database, reading financing from the given URL. */
    ServiceProcess secondProjectReplica(String fundingServiceUrl) {
        return secondProjectReplica(fundingServiceUrl, Map.of());
    }

    /** Another project-service on the same database, reading financing from the given URL, with settings of its own. */
    ServiceProcess secondProjectReplica(String fundingServiceUrl, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER",
                "postgres", "DB_PASSWORD", "", "FUNDING_SERVICE_URL", fundingServiceUrl, "SAMVERKAN_ALLOW_DEV_KEY", "true"));
        environment.putAll(settings);
        return replica(startedOnSomePort("project-service-2", "samverkan.project-service.jar", environment));
    }

    /** Another funding-service on the same database, as a second replica behind a load balancer would be. */
    ServiceProcess secondFundingReplica() {
        return replica(startedOnSomePort("funding-service-2", "samverkan.funding-service.jar",
                Map.of("DB_URL", postgres.jdbcUrl("funding"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "PROJECT_SERVICE_URL", projectService.baseUrl(), "SAMVERKAN_ALLOW_DEV_KEY", "true")));
    }

    private ServiceProcess replica(ServiceProcess started) {
        replicas.add(started);
        return started;
    }

    /** The demo case, loaded through both services' public API as an admin. */
    DemoCase.Result loadDemo() {
        return new DemoCase(new ApiClient(projectService.baseUrl(), ADMIN_TOKEN),
                new ApiClient(fundingService.baseUrl(), ADMIN_TOKEN)).load();
    }

    /** A service that nobody else refers to by its port, so a taken port is simply replaced by another. */
    static ServiceProcess startedOnSomePort(String name, String jarProperty, Map<String, String> environment) {
        for (int attempt = 1;; attempt++) {
            try {
                return new ServiceProcess(name, jarProperty, Ports.unused(), environment).start();
            } catch (ServiceProcess.PortTaken e) {
                if (attempt == STARTS) {
                    throw e;
                }
            }
        }
    }

    /** Stops PostgreSQL as an outage would: the services keep running. */
    void stopDatabase() {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    void startDatabase() {
        postgres = EmbeddedPostgresServer.start(dataDirectory, true, databasePort, false);
    }

    @Override
    public void close() {
        replicas.forEach(ServiceProcess::stop);
        projectService.stop();
        fundingService.stop();
        postgres.close();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the OS cleans up what is left
        }
    }
}
