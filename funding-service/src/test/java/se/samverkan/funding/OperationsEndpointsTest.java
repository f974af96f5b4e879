package se.samverkan.funding;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.OperationsEndpointsChecks;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsChecks {

    OperationsEndpointsTest() {
        super("/co-funding");
    }
}
