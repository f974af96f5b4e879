package se.samverkan.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;

import se.samverkan.platform.json.Text;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;

/** Checks that run before a request reaches a resource. */
public class RequestGuards {

    private final HttpConfig config;

    public RequestGuards(HttpConfig config) {
        this.config = config;
    }

    /**
     * Refuses a body whose declared length is over the limit before reading it: 413 problem+json. (A
     * chunked body without a length is cut off by {@code quarkus.http.limits.max-body-size}.)
     */
    void bodyLimit(@Observes Filters filters) {
        long limit = config.maxBodyBytes();
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, limit)) {
                JsonObject problem = new JsonObject()
                        .put("type", Problem.type("body-too-large"))
                        .put("title", "Request body too large")
                        .put("status", 413)
                        .put("detail", "The body may be at most " + limit + " bytes")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        }, 1000);
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Control characters in query parameters are refused with a 400 naming the parameter. */
    @ServerRequestFilter(preMatching = true)
    public void printableQuery(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!Text.isPrintable(parameter.getKey())) {
                throw ProblemException.invalid("query", "parameter names must be printable text");
            }
            for (String value : parameter.getValue()) {
                if (!Text.isPrintable(value)) {
                    throw ProblemException.invalid(parameter.getKey(), "control characters are not allowed");
                }
            }
        }
        if (!Text.isPrintable(uri.getPath())) {
            throw ProblemException.invalid("path", "control characters are not allowed");
        }
    }
}
