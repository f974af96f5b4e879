package se.samverkan.project.reliability;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.BadInputChecks;

/** Every operation in the OpenAPI document, fed bad input: no 5xx, every error problem+json, nothing written. */
@QuarkusTest
class BadInputTest extends BadInputChecks {

    @Inject
    DataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
