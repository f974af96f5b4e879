package se.samverkan.project;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.OpenApiDocumentChecks;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentChecks {
}
