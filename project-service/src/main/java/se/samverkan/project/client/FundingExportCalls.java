package se.samverkan.project.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.samverkan.platform.faulttolerance.TimedOut;

/**
 * The export's bulk read of transactions under fault tolerance: one retry for a failed read (never after a 4xx or a
 * time-out), and a time-out of the whole call. No circuit breaker: an export is a rare, long read, and a failure ends
 * it with a 503 rather than answering from a fallback.
 */
@ApplicationScoped
public class FundingExportCalls {

    private final FundingExportApi api;

    public FundingExportCalls(@RestClient FundingExportApi api) {
        this.api = api;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = {IllegalArgumentException.class, TimeoutException.class})
    public List<TransactionView> transactions(List<UUID> projectIds) {
        try {
            Items<TransactionView> page = api.transactions(projectIds);
            return page == null || page.items() == null ? List.of() : page.items();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
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
