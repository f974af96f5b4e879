package se.samverkan.platform.logging;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import se.samverkan.platform.security.Roles;

/**
 * Who a request is for, in every log line written while it is served, and one line per request (the access log,
 * off unless {@code SAMVERKAN_ACCESS_LOG=true}). The fields go to the MDC, so the JSON log ({@code LOG_JSON=true})
 * carries them as fields: {@code role} and {@code org} of the caller (the token's role and organisation claim,
 * never its subject, name or the token), and on the access line {@code method}, {@code route} (the route template,
 * {@code /projects/{id}}, not the path with its ids), {@code status} and {@code durationMs}. The trace id is put
 * there by OpenTelemetry.
 */
public class RequestLog {

    /** The access log's category, so that a log stack can tell its lines from the others. */
    static final String CATEGORY = "se.samverkan.access";
    private static final Logger ACCESS = Logger.getLogger(CATEGORY);
    static final List<String> ROLES = List.of(Roles.ADMIN, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR,
            Roles.MUNICIPALITY_OFFICER, Roles.FUNDER_OFFICER, Roles.VIEWER);

    private static final String ROUTE = RequestLog.class.getName() + ".route";
    private final Map<Method, String> routes = new ConcurrentHashMap<>();
    private final LoggingConfig config;

    public RequestLog(LoggingConfig config) {
        this.config = config;
    }

    /**
     * Runs once the resource is matched and its security checked: the caller is known for every line the request
     * logs from here on, and the route template for the access line.
     */
    @ServerRequestFilter
    public void matched(RoutingContext rc, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            rc.put(ROUTE, routes.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
        }
        putCaller(rc);
    }

    static String template(Class<?> resource, Method method) {
        Path onClass = resource.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String template = "/" + (onClass == null ? "" : onClass.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        template = template.replaceAll("/{2,}", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    /** The access line, written when the response has ended, whatever answered it (a resource, a guard, health). */
    void accessLog(@Observes Filters filters) {
        if (!config.accessLog()) {
            return;
        }
        filters.register(rc -> {
            long start = System.nanoTime();
            rc.addEndHandler(ended -> log(rc, (System.nanoTime() - start) / 1_000_000));
            rc.next();
        }, 3000);
    }

    private static void log(RoutingContext rc, long durationMs) {
        String method = rc.request().method().name();
        String route = route(rc);
        int status = rc.response().getStatusCode();
        MDC.put("method", method);
        MDC.put("route", route);
        MDC.put("status", status);
        MDC.put("durationMs", durationMs);
        putCaller(rc);
        try {
            ACCESS.infof("%s %s %d %d ms", method, route, status, durationMs);
        } finally {
            MDC.remove("method");
            MDC.remove("route");
            MDC.remove("status");
            MDC.remove("durationMs");
        }
    }

    /** The route template REST matched; health and the other /q/ endpoints by their path; anything else unmatched. */
    static String route(RoutingContext rc) {
        String template = rc.get(ROUTE);
        if (template != null) {
            return template;
        }
        String path = rc.normalizedPath();
        return path.startsWith("/q/") ? path : "(unmatched)";
    }

    private static void putCaller(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = user.getSecurityIdentity();
            MDC.put("role", ROLES.stream().filter(identity::hasRole).findFirst().orElse("(none)"));
            if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("org") != null) {
                // an organisation's id (a UUID), quoted when the claim comes as JSON text; nothing else is logged
                String org = jwt.getClaim("org").toString().replace("\"", "");
                MDC.put("org", org.matches("[0-9a-fA-F-]{36}") ? org : "(not an id)");
            }
        }
    }
}
