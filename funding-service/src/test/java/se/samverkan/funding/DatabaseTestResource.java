package se.samverkan.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import se.samverkan.devtools.EmbeddedPostgresResource;
import se.samverkan.funding.testdata.ProjectServiceStandIn;

/**
 * Every @QuarkusTest of this service runs against its own database in the suite's PostgreSQL, and against
 * a stand-in for project-service (the end-to-end tests use the real one).
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "funding"))
@QuarkusTestResource(value = ProjectServiceStandIn.class, restrictToAnnotatedClass = false)
public class DatabaseTestResource {
}
