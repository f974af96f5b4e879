package se.samverkan.funding.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.samverkan.platform.audit.CurrentActor;

/**
 * The scheduled check that marks a report OVERDUE on the first day (in Sweden) after its due date, each report once,
 * with a new version and one {@code se.samverkan.report.overdue} event. Every replica runs it; the rows are claimed
 * with {@code SKIP LOCKED}, so each report is marked by one.
 */
@ApplicationScoped
public class ReportOverdueCheck {

    static final String ACTOR = "report-overdue-check";
    private static final Logger LOG = Logger.getLogger(ReportOverdueCheck.class);
    private static final int BATCH = 100;

    private final ReportService reports;
    private volatile boolean failing;

    public ReportOverdueCheck(ReportService reports) {
        this.reports = reports;
    }

    @Scheduled(identity = "report-overdue-check", every = "${samverkan.reports.overdue-check:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int marked = run();
            if (marked > 0) {
                LOG.infof("%d report(s) became overdue", marked);
            }
            if (failing) {
                failing = false;
                LOG.info("The report overdue check runs again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("The report overdue check cannot run (%s); it tries again at its next run", e.toString());
            }
        }
    }

    /** Marks every report overdue that is due before today; returns how many. Tests call it instead of waiting. */
    public int run() {
        LocalDate today = reports.today();
        int total = 0;
        int marked;
        do {
            marked = QuarkusTransaction.requiringNew().call(() -> CurrentActor.asSystem(ACTOR,
                    () -> reports.markOverdue(today, BATCH)));
            total += marked;
        } while (marked == BATCH);
        return total;
    }
}
