package se.samverkan.project;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.OperationsEndpointsChecks;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsChecks {

    OperationsEndpointsTest() {
        super("/organisations");
    }
}
