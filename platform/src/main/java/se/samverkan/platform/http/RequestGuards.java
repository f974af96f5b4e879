package se.samverkan.platform.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;

import se.samverkan.platform.json.Text;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;

/** Checks that run before a request reaches a resource. */
public class RequestGuards {

    private final HttpConfig config;
    private final Map<Method, Set<String>> declaredQueryParameters = new ConcurrentHashMap<>();

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

    /**
     * A browser's request from an origin the service does not allow is refused with 403 problem+json, as every
     * other refusal is, instead of the empty 403 of Quarkus' CORS filter (priority 300, so this runs first). Only
     * what that filter would refuse is refused here: an Origin that is neither one of {@code quarkus.http.cors.origins}
     * (CORS_ORIGINS) nor on the request's own host; whatever else the filter decides stays its decision.
     */
    void corsRejection(@Observes Filters filters) {
        Config settings = ConfigProvider.getConfig();
        if (!settings.getOptionalValue("quarkus.http.cors.enabled", Boolean.class).orElse(false)) {
            return;
        }
        List<String> allowed = settings.getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of());
        filters.register(rc -> {
            String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
            if (origin != null && !originAllowed(origin, allowed, rc.request().authority() == null ? null
                    : rc.request().authority().host())) {
                JsonObject problem = new JsonObject()
                        .put("type", Problem.type("origin-not-allowed"))
                        .put("title", "Origin not allowed")
                        .put("status", 403)
                        .put("detail", "A browser page from this request's Origin may not call this API; the "
                                + "service allows the origins in CORS_ORIGINS")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(403)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(problem.encode());
                return;
            }
            rc.next();
        }, 400);
    }

    /** True unless the origin is surely refused: not listed (exactly, as {@code *} or as a /regex/) and on another host. */
    static boolean originAllowed(String origin, List<String> allowed, String requestHost) {
        for (String entry : allowed) {
            String candidate = entry.strip();
            if (candidate.equals("*") || candidate.equals(origin) || (candidate.length() > 2 && candidate.startsWith("/")
                    && candidate.endsWith("/") && origin.matches(candidate.substring(1, candidate.length() - 1)))) {
                return true;
            }
        }
        try {
            String host = URI.create(origin).getHost();
            return host == null || requestHost == null || host.equalsIgnoreCase(requestHost);
        } catch (IllegalArgumentException e) {
            return true; // a malformed Origin: the CORS filter's to judge
        }
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Control characters in query parameters, a value longer than {@link QueryParams#MAX_LENGTH} and a parameter
     * repeated more than {@link QueryParams#MAX_REPEATS} times are refused with a 400 naming the parameter: the
     * bounds the published document gives every query parameter (platform/openapi/InputBounds).
     */
    @ServerRequestFilter(preMatching = true)
    public void printableQuery(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!Text.isPrintable(parameter.getKey())) {
                throw ProblemException.invalid("query", "parameter names must be printable text");
            }
            if (parameter.getValue().size() > QueryParams.MAX_REPEATS) {
                throw ProblemException.invalid(parameter.getKey(), "may be repeated at most " + QueryParams.MAX_REPEATS
                        + " times");
            }
            for (String value : parameter.getValue()) {
                if (!Text.isPrintable(value)) {
                    throw ProblemException.invalid(parameter.getKey(), "control characters are not allowed");
                }
                if (value.length() > QueryParams.MAX_LENGTH) {
                    throw ProblemException.invalid(parameter.getKey(), "may be at most " + QueryParams.MAX_LENGTH
                            + " characters");
                }
            }
        }
        if (!Text.isPrintable(uri.getPath())) {
            throw ProblemException.invalid("path", "control characters are not allowed");
        }
    }

    /**
     * A query parameter the resource method does not declare is a 400 naming it, like an unknown body field:
     * ignoring {@code ?code=} or {@code ?updatedSince=} would answer everything while the client believes it
     * filtered. The names come from the method's {@code @QueryParam}, {@code @RestQuery} and {@code @BeanParam}
     * declarations, so no endpoint keeps a list of its own.
     */
    @ServerRequestFilter
    public void declaredQuery(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> declared = declaredQueryParameters.computeIfAbsent(method, RequestGuards::queryParametersOf);
        List<FieldError> unknown = uri.getQueryParameters().keySet().stream()
                .filter(name -> !declared.contains(name))
                .sorted()
                .map(name -> new FieldError(name, declared.isEmpty() ? "unknown parameter; this endpoint takes none"
                        : "unknown parameter; this endpoint takes " + String.join(", ", declared)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("Unknown query parameter(s): "
                    + String.join(", ", unknown.stream().map(FieldError::field).toList()), unknown);
        }
    }

    static Set<String> queryParametersOf(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addQueryName(names, parameter.getAnnotation(QueryParam.class), parameter.getAnnotation(RestQuery.class),
                    parameter.getName());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        addQueryName(names, field.getAnnotation(QueryParam.class), field.getAnnotation(RestQuery.class),
                                field.getName());
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static void addQueryName(Set<String> names, QueryParam query, RestQuery restQuery, String javaName) {
        if (query != null) {
            names.add(query.value());
        } else if (restQuery != null) {
            names.add(restQuery.value().isEmpty() ? javaName : restQuery.value());
        }
    }
}
