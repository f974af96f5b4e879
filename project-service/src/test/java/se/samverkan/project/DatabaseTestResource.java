package se.samverkan.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import se.samverkan.devtools.EmbeddedPostgresResource;

/** Every @QuarkusTest of this service runs against its own database in the suite's PostgreSQL. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "projects"))
public class DatabaseTestResource {
}
