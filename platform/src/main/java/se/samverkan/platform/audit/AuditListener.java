package se.samverkan.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import io.quarkus.arc.Arc;

/** Stamps who (subject, role, organisation) and when (from the platform's clock) on every insert and update. */
public class AuditListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        Instant now = now();
        Actor actor = actor();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.createdBy = actor.subject();
        entity.createdByRole = actor.role();
        entity.createdByOrg = actor.organisationId();
        stampUpdate(entity, actor);
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        stampUpdate(entity, actor());
    }

    private static void stampUpdate(AuditedEntity entity, Actor actor) {
        entity.updatedBy = actor.subject();
        entity.updatedByRole = actor.role();
        entity.updatedByOrg = actor.organisationId();
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds; truncating here makes the response equal what a later read returns.
        return Arc.container().instance(Clock.class).get().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Actor actor() {
        return Arc.container().instance(CurrentActor.class).get().actor();
    }
}
