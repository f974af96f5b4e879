package se.samverkan.project.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

import se.samverkan.platform.faulttolerance.TimedOut;

/**
 * The call to funding-service under fault tolerance, sized so that the overview answers within two
 * seconds even when funding-service hangs: a short timeout, one quick retry, and a breaker that then
 * answers at once. A 404 (no money recorded for the project) is an answer, handled inside the breaker.
 */
@ApplicationScoped
public class FundingCalls {

    static final String BREAKER = "funding-api";

    private final FundingApi api;

    public FundingCalls(@RestClient FundingApi api) {
        this.api = api;
    }

    // The breaker judges the last 20 calls: under a dashboard's load a window of 4 was a few milliseconds of
    // traffic, and two slow answers from a busy funding-service left every overview without its funding for 5 s.
    // A time-out, @Timeout's or the REST client's own read time-out, is not retried: that would only double the wait.
    @Timeout(value = 800, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 50, abortOn = {IllegalArgumentException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = IllegalArgumentException.class)
    @CircuitBreakerName(BREAKER)
    public Optional<FinancingView> financing(UUID projectId) {
        try {
            return Optional.ofNullable(api.financing(projectId));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400 && status < 500) {
                throw new IllegalArgumentException("funding-service answered " + status);
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
