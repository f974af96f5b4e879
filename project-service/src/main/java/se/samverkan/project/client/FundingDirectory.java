package se.samverkan.project.client;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.platform.faulttolerance.DependencyLog;

/** project-service's view of funding-service: a project's financing, or a warning saying why there is none. */
@ApplicationScoped
public class FundingDirectory {

    private final FundingCalls calls;
    private final DependencyLog log;

    public FundingDirectory(FundingCalls calls, CircuitBreakerMaintenance breakers) {
        this.calls = calls;
        this.log = DependencyLog.watch(breakers, FundingCalls.BREAKER, "funding-service",
                Logger.getLogger(FundingDirectory.class));
    }

    /** The financing, or null with a warning for a dashboard; never throws. */
    public record Lookup(FinancingView financing, String warning) {
    }

    public Lookup financing(UUID projectId) {
        try {
            return calls.financing(projectId)
                    .map(f -> new Lookup(f, null))
                    .orElseGet(() -> new Lookup(null, "funding-service has no financing for this project"));
        } catch (RuntimeException e) {
            log.failed("the financing of project " + projectId, e);
            return new Lookup(null, "funding-service cannot answer now, so the funding part is missing; "
                    + "the rest of the overview is current");
        }
    }
}
