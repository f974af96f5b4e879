package se.samverkan.e2e;

import java.util.Map;

import se.samverkan.devtools.EmbeddedPostgresServer;

/**
 * The whole system for an end-to-end test: one embedded PostgreSQL 17 with a database per service, and
 * both services from their packaged jars, each told where the other is.
 */
final class Samverkan implements AutoCloseable {

    final EmbeddedPostgresServer postgres;
    final ServiceProcess projectService;
    final ServiceProcess fundingService;

    private Samverkan(EmbeddedPostgresServer postgres, ServiceProcess projectService, ServiceProcess fundingService) {
        this.postgres = postgres;
        this.projectService = projectService;
        this.fundingService = fundingService;
    }

    static Samverkan start() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, false, 0, false);
        postgres.createDatabaseIfMissing("projects");
        postgres.createDatabaseIfMissing("funding");
        int projectPort = ServiceProcess.freePort();
        int fundingPort = ServiceProcess.freePort();
        ServiceProcess project = new ServiceProcess("project-service", "samverkan.project-service.jar", projectPort,
                Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "FUNDING_SERVICE_URL", "http://localhost:" + fundingPort));
        ServiceProcess funding = new ServiceProcess("funding-service", "samverkan.funding-service.jar", fundingPort,
                Map.of("DB_URL", postgres.jdbcUrl("funding"), "DB_USER", "postgres", "DB_PASSWORD", "",
                        "PROJECT_SERVICE_URL", "http://localhost:" + projectPort));
        Samverkan system = new Samverkan(postgres, project, funding);
        try {
            project.start();
            funding.start();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    @Override
    public void close() {
        projectService.stop();
        fundingService.stop();
        postgres.close();
    }
}
