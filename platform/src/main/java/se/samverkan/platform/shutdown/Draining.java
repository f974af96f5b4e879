package se.samverkan.platform.shutdown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;

import se.samverkan.platform.problem.Problem;

/**
 * What an instance does between SIGTERM and its stop. Quarkus waits up to {@code quarkus.shutdown.timeout} for the
 * requests in flight, but by itself it goes on serving new ones meanwhile (with {@code Connection: close}), so a
 * request arriving late could be cut off when the wait ends. From the signal on, this instance refuses every new
 * request with 503 problem+json, {@code Retry-After} and {@code Connection: close}, so the client retries on another
 * instance, and readiness says DOWN, so a load balancer stops sending; requests already in flight are not touched
 * and complete. Health stays reachable.
 */
@ApplicationScoped
@Readiness
public class Draining implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(Draining.class);
    static final int RETRY_AFTER_SECONDS = 2;

    private volatile boolean draining;

    void onStart(@Observes StartupEvent event) {
        // the JVM runs every shutdown hook at once on SIGTERM, Quarkus's own (which starts the wait) among them
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::begin, "samverkan-draining"));
        }
    }

    /** From now on new requests are refused; called on SIGTERM. */
    public void begin() {
        if (!draining) {
            draining = true;
            LOG.info("Shutting down: new requests get 503, readiness is DOWN, requests in flight complete");
        }
    }

    public boolean draining() {
        return draining;
    }

    void refuseNewRequestsWhileDraining(@Observes Filters filters) {
        filters.register(rc -> {
            if (draining && !rc.request().path().startsWith("/q/health")) {
                JsonObject problem = new JsonObject()
                        .put("type", Problem.type("unavailable"))
                        .put("title", "Service Unavailable")
                        .put("status", 503)
                        .put("detail", "This instance is shutting down; retry the request, another instance answers it")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(503)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        }, 2000);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting requests").status(!draining).build();
    }
}
