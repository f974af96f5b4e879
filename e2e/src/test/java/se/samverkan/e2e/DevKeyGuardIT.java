package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import se.samverkan.devtools.EmbeddedPostgresServer;

/** A service in the prod profile refuses to start with the committed development key unless told it may. */
class DevKeyGuardIT {

    @Test
    void refusesToStartWithTheDevelopmentKeyUnlessAllowed() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, false, 0, false);
        postgres.createDatabaseIfMissing("projects");
        ServiceProcess service = new ServiceProcess("project-service-dev-key", "samverkan.project-service.jar",
                Ports.unused(), Map.of("DB_URL", postgres.jdbcUrl("projects"), "DB_USER", "postgres"));
        Process process = service.launch();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the service should stop by itself");
            assertNotEquals(0, process.exitValue());
            assertTrue(Files.readString(service.log()).contains("Refusing to start"),
                    "the log says why: see " + service.log());
        } finally {
            process.destroyForcibly();
            postgres.close();
        }
    }
}
