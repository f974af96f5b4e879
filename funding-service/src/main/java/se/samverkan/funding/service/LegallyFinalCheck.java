package se.samverkan.funding.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.samverkan.platform.audit.CurrentActor;

/**
 * The scheduled check that makes approved co-funding legally final on the first day (in Sweden) after its appeal
 * window, each commitment once, with a new version and the {@code se.samverkan.co-funding.legally-final} event.
 * Every replica runs it; the rows are claimed with {@code SKIP LOCKED}, so each commitment is settled by one.
 */
@ApplicationScoped
public class LegallyFinalCheck {

    static final String ACTOR = "appeal-window-check";
    private static final Logger LOG = Logger.getLogger(LegallyFinalCheck.class);
    private static final int BATCH = 100;

    private final CoFundingService coFunding;
    private volatile boolean failing;

    public LegallyFinalCheck(CoFundingService coFunding) {
        this.coFunding = coFunding;
    }

    @Scheduled(identity = "legally-final-check", every = "${samverkan.co-funding.legally-final-check:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int settled = run();
            if (settled > 0) {
                LOG.infof("%d co-funding commitment(s) became legally final", settled);
            }
            if (failing) {
                failing = false;
                LOG.info("The appeal window check runs again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("The appeal window check cannot run (%s); it tries again at its next run", e.toString());
            }
        }
    }

    /** Settles every commitment due today; returns how many. Tests call it instead of waiting for the schedule. */
    public int run() {
        LocalDate today = coFunding.today();
        int total = 0;
        int settled;
        do {
            settled = QuarkusTransaction.requiringNew().call(() -> CurrentActor.asSystem(ACTOR,
                    () -> coFunding.settleLegallyFinal(today, BATCH)));
            total += settled;
        } while (settled == BATCH);
        return total;
    }
}
