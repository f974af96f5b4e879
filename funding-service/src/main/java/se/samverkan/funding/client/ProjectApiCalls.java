package se.samverkan.funding.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

import se.samverkan.platform.faulttolerance.TimedOut;

/**
 * Every read of project-service goes through here, under fault tolerance: a timeout, one retry (never
 * after a 4xx or a time-out, which would only double the wait), and one circuit breaker for the whole dependency, so that when project-service is down
 * callers fail fast instead of piling up. A 404 is an answer, not a failure: it becomes an empty
 * Optional inside the breaker.
 */
@ApplicationScoped
public class ProjectApiCalls {

    static final String BREAKER = "project-api";

    // The breaker judges the last 20 calls (each attempt counts): a write now makes one call, so at hundreds of
    // writes a second a window of 4 was a few milliseconds of traffic, and two slow answers in a burst (a JVM still
    // warming up, a busy machine) cut off every write for 5 s. Half of 20 failing still opens it within one retry
    // round of ten writes when project-service is really down.
    @Timeout(value = 1000, unit = ChronoUnit.MILLIS)
    // A time-out, @Timeout's or the REST client's own read time-out (turned into the same TimeoutException below),
    // is not retried.
    @Retry(maxRetries = 1, delay = 100, abortOn = {ProjectApiRejected.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProjectApiRejected.class)
    @CircuitBreakerName(BREAKER)
    public <T> Optional<T> read(Supplier<T> call) {
        return answer(call);
    }

    /**
     * One call's answer: a 404 is an empty Optional, another 4xx a {@link ProjectApiRejected}, a time-out of the
     * client's own a {@link TimeoutException} (so fault tolerance treats both kinds of time-out alike).
     */
    static <T> Optional<T> answer(Supplier<T> call) {
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
        } catch (ProcessingException e) {
            if (TimedOut.among(e)) {
                throw new TimeoutException(e);
            }
            throw e;
        }
    }
}
