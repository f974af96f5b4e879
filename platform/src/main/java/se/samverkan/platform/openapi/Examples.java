package se.samverkan.platform.openapi;

/**
 * Ids in the OpenAPI documents' examples that are the same on every database, so that Swagger UI's "Try it out"
 * works on a local run with the demo case. Only reference data has such ids: project-service's V2 migration gives
 * each SCB municipality the id {@code md5('scb-municipality:<code>')}. Projects, commitments and cases get ids
 * made by the server when the demo is loaded, so their examples cannot be real.
 */
public final class Examples {

    /** Ljungby kommun (SCB 0781), the demo case's co-funding municipality. */
    public static final String LJUNGBY = "78136e3f-1a6e-1fbb-1230-2f1d2358c7c7";

    private Examples() {
    }
}
