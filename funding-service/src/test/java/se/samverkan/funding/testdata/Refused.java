package se.samverkan.funding.testdata;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;

/** What every refusal looks like: 403 problem+json of type forbidden. */
public final class Refused {

    private Refused() {
    }

    public static void forbidden(Response response) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("urn:samverkan:problem:forbidden"));
    }
}
