package se.samverkan.funding.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The export's bulk reads of project-service under fault tolerance: one retry for a failed read (never after a 4xx or
 * a time-out), and a time-out of the whole call. No circuit breaker: an export is a rare, long read, and a failure
 * ends it with a 503 rather than answering from a fallback; nor does it open the write checks' breaker.
 */
@ApplicationScoped
public class ProjectExportCalls {

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = {ProjectApiRejected.class, TimeoutException.class})
    public <T> Optional<T> read(Supplier<T> call) {
        return ProjectApiCalls.answer(call);
    }
}
