package se.samverkan.project.reliability;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.BadInputChecks;

/** Every operation in the OpenAPI document, fed bad input: no 5xx, every error problem+json, nothing written. */
@QuarkusTest
class BadInputTest extends BadInputChecks {
}
