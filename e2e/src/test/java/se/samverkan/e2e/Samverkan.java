package se.samverkan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;

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

    static Samverkan start() {
        // every request of these tests carries the admin token unless a test sends another
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + ADMIN_TOKEN).build();
        RestAssured.config = RestAssuredConfig.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("samverkan-e2e-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, true, ServiceProcess.freePort(),
                false);
        postgres.createDatabaseIfMissing("projects");
        postgres.createDatabaseIfMissing("funding");
        int projectPort = ServiceProcess.freePort();
        int fundingPort = ServiceProcess.freePort();
        ServiceProcess project = new ServiceProcess("project-service", "samverkan.project-service.jar", projectPort,
                Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "FUNDING_SERVICE_URL", "http://localhost:" + fundingPort, "SAMVERKAN_ALLOW_DEV_KEY", "true"));
        ServiceProcess funding = new ServiceProcess("funding-service", "samverkan.funding-service.jar", fundingPort,
                Map.of("DB_URL", postgres.jdbcUrl("funding"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "PROJECT_SERVICE_URL", "http://localhost:" + projectPort, "SAMVERKAN_ALLOW_DEV_KEY", "true"));
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
        return new ServiceProcess("project-service-2", "samverkan.project-service.jar", ServiceProcess.freePort(),
                Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "FUNDING_SERVICE_URL", fundingServiceUrl, "SAMVERKAN_ALLOW_DEV_KEY", "true")).start();
    }

    /** Another funding-service on the same database, as a second replica behind a load balancer would be. */
    ServiceProcess secondFundingReplica() {
        return new ServiceProcess("funding-service-2", "samverkan.funding-service.jar", ServiceProcess.freePort(),
                Map.of("DB_URL", postgres.jdbcUrl("funding"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "PROJECT_SERVICE_URL", projectService.baseUrl(), "SAMVERKAN_ALLOW_DEV_KEY", "true")).start();
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
