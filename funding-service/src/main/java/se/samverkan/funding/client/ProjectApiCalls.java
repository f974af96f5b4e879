package se.samverkan.funding.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The calls to project-service under fault tolerance: each read has a timeout, one retry (never after
 * a 4xx), and all share one circuit breaker, so that when project-service is down, callers fail fast
 * instead of piling up. A 404 is an answer, not a failure: it becomes an empty Optional inside the
 * breaker.
 */
@ApplicationScoped
public class ProjectApiCalls {

    static final String BREAKER = "project-api";

    private final ProjectApi api;

    public ProjectApiCalls(@RestClient ProjectApi api) {
        this.api = api;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProjectApiRejected.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProjectApiRejected.class)
    @CircuitBreakerName(BREAKER)
    public Optional<ProjectView> project(UUID id) {
        return orEmptyOn404(() -> api.project(id));
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProjectApiRejected.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProjectApiRejected.class)
    @CircuitBreakerName(BREAKER)
    public Optional<OrganisationView> organisation(UUID id) {
        return orEmptyOn404(() -> api.organisation(id));
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProjectApiRejected.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProjectApiRejected.class)
    @CircuitBreakerName(BREAKER)
    public List<OrganisationView> organisations(List<UUID> ids) {
        return orEmptyOn404(() -> api.organisations(ids, ids.size())).map(Page::items).orElse(List.of());
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = ProjectApiRejected.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProjectApiRejected.class)
    @CircuitBreakerName(BREAKER)
    public Optional<ParticipantView> participant(UUID projectId, UUID organisationId) {
        return orEmptyOn404(() -> api.participants(projectId, organisationId))
                .flatMap(page -> page.items().stream().findFirst());
    }

    private static <T> Optional<T> orEmptyOn404(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400 && status < 500) {
                throw new ProjectApiRejected(status);
            }
            throw e;
        }
    }
}
