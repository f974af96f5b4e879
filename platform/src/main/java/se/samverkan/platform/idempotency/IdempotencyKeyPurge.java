package se.samverkan.platform.idempotency;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes Idempotency-Keys older than {@code samverkan.idempotency.retention}, so the table stays small. */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    private final EntityManager em;
    private final IdempotencyConfig config;
    private final Clock clock;
    private volatile boolean failing;

    public IdempotencyKeyPurge(EntityManager em, IdempotencyConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "idempotency-key-purge", every = "${samverkan.idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int purged = purge();
            LOG.debugf("Purged %d expired Idempotency-Keys", purged);
            if (failing) {
                failing = false;
                LOG.info("The Idempotency-Key purge works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("The Idempotency-Key purge cannot run (%s); it tries again every pass", e.toString());
            }
        }
    }

    /** Deletes the keys older than the retention and says how many; tests call it directly. */
    @Transactional
    public int purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        return em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
