package se.samverkan.devtools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every response a test gets from a service is checked against that service's committed OpenAPI document
 * ({@link OpenApiResponseValidator}); one that breaks it fails the test with an {@link AssertionError}.
 * <p>
 * The services are known by their port: a test registers each one it talks to with {@link #serve(int, Path)}
 * ({@link AdminTokenByDefault} does it for a {@code @QuarkusTest}, the e2e tests when they start a jar), and a
 * response from any other port (WireMock, a webhook receiver, the management interface) is not checked. REST
 * Assured requests are checked by {@link ResponseContractFilter}, a global filter, and {@link ApiClient} checks its
 * own answers with {@link #check}. (This class needs no REST Assured, so the run command's ApiClient loads it;
 * there nothing is registered and nothing is checked.)
 * <p>
 * What is not part of the API is not checked: the management paths ({@code /q/…}, which the API's port answers
 * with 404), the dashboard's static files (and the Chart.js it loads from {@code /webjars/}), and CORS preflights (OPTIONS, answered by the CORS filter before any
 * operation). An API-looking path that is no operation of the document is a violation unless it is one of the few
 * named probes in {@link #PROBES}.
 */
public final class ResponseContract {

    /** A request a test sends on purpose to a path or method the document does not have, and why. */
    record Probe(String method, String path, int status, String reason) {
    }

    /**
     * Kept tiny: each one is a test proving that something is not served. Their answers must still be problems
     * ({@code application/problem+json} with the document's Problem schema).
     */
    static final List<Probe> PROBES = List.of(
            new Probe("GET", "/no-such-thing", 404, "OrganisationResourceTest: a path of no operation is a 404 problem"),
            new Probe("PATCH", "/organisations", 405,
                    "OrganisationResourceTest: a method the path does not have is a 405 problem"));

    private static final Map<Integer, OpenApiResponseValidator> BY_PORT = new ConcurrentHashMap<>();

    private ResponseContract() {
    }

    /** From now on, responses from this port are checked against this document. */
    public static void serve(int port, Path openApiYaml) {
        BY_PORT.put(port, OpenApiResponseValidator.of(openApiYaml));
    }

    /** True when responses from this port are checked. */
    static boolean serves(int port) {
        return BY_PORT.containsKey(port);
    }

    /**
     * Checks one response when its port is a registered service's; throws {@link AssertionError} when the
     * document does not allow it.
     */
    public static void check(String method, URI uri, int status, String contentType, String body) {
        OpenApiResponseValidator validator = BY_PORT.get(uri.getPort());
        if (validator == null || !isApi(method, uri.getRawPath())) {
            return;
        }
        if (isProbe(method, uri.getRawPath(), status)) {
            validator.assertProblem(method, uri.getRawPath(), status, contentType, body);
        } else {
            validator.assertConforms(method, uri.getRawPath(), status, contentType, body);
        }
    }

    static boolean isApi(String method, String path) {
        if (method.equalsIgnoreCase("OPTIONS")) {
            return false;
        }
        return !(path.equals("/q") || path.startsWith("/q/") || path.equals("/dashboard")
                || path.startsWith("/dashboard/") || path.startsWith("/webjars/"));
    }

    private static boolean isProbe(String method, String path, int status) {
        return PROBES.stream().anyMatch(p -> p.method().equalsIgnoreCase(method) && p.path().equals(path)
                && p.status() == status);
    }
}
