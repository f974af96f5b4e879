package se.samverkan.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import io.quarkus.arc.Arc;

/** Stamps who and when (from the platform's clock) on every insert and update. */
public class AuditListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        Instant now = now();
        String actor = actor();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.createdBy = actor;
        entity.updatedBy = actor;
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        entity.updatedBy = actor();
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; truncating here makes the response equal what a later read returns.
        return Arc.container().instance(Clock.class).get().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String actor() {
        return Arc.container().instance(CurrentActor.class).get().name();
    }
}
