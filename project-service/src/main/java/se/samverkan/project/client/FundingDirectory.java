package se.samverkan.project.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.platform.faulttolerance.DependencyLog;
import se.samverkan.platform.problem.ServiceUnavailableException;

/** project-service's view of funding-service: a project's financing, or a warning saying why there is none. */
@ApplicationScoped
public class FundingDirectory {

    /** funding-service takes at most this many project ids in one read of transactions. */
    public static final int TRANSACTIONS_BATCH = 200;
    static final int RETRY_AFTER_SECONDS = 5;

    private final FundingCalls calls;
    private final FundingExportCalls exportCalls;
    private final DependencyLog log;

    public FundingDirectory(FundingCalls calls, FundingExportCalls exportCalls, CircuitBreakerMaintenance breakers) {
        this.calls = calls;
        this.exportCalls = exportCalls;
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

    /**
     * The commitments and disbursements of these projects, in batches of {@value #TRANSACTIONS_BATCH} ids. An export
     * needs all of them, so when funding-service cannot answer this is a 503 with Retry-After, not a partial answer.
     */
    public List<TransactionView> transactions(List<UUID> projectIds) {
        List<TransactionView> all = new ArrayList<>();
        try {
            for (int i = 0; i < projectIds.size(); i += TRANSACTIONS_BATCH) {
                all.addAll(exportCalls.transactions(
                        projectIds.subList(i, Math.min(projectIds.size(), i + TRANSACTIONS_BATCH))));
            }
        } catch (RuntimeException e) {
            log.failed("the transactions of " + projectIds.size() + " projects", e);
            throw new ServiceUnavailableException("funding-service, which holds the projects' money, cannot answer "
                    + "now, so the export would miss its transactions; retry shortly", RETRY_AFTER_SECONDS, e);
        }
        return all;
    }
}
