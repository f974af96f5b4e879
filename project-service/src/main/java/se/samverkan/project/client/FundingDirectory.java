package se.samverkan.project.client;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** project-service's view of funding-service: a project's financing, or a warning saying why there is none. */
@ApplicationScoped
public class FundingDirectory {

    private static final Logger LOG = Logger.getLogger(FundingDirectory.class);

    private final FundingCalls calls;

    public FundingDirectory(FundingCalls calls) {
        this.calls = calls;
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
            LOG.warnf("funding-service cannot answer for project %s: %s", projectId, e.toString());
            return new Lookup(null, "funding-service cannot answer now, so the funding part is missing; "
                    + "the rest of the overview is current");
        }
    }
}
