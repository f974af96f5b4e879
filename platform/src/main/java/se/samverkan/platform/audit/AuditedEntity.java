package se.samverkan.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every stored resource has: a server-made UUID, a version for optimistic locking (its ETag), and
 * who created and last changed it (subject, role, organisation), when. The listener fills the audit fields; clients
 * never set them.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue
    public UUID id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The role and organisation {@link #createdBy} acted in, shown instead of the person to most callers. */
    @Column(name = "created_by_role", updatable = false)
    public String createdByRole;

    @Column(name = "created_by_org", updatable = false)
    public UUID createdByOrg;

    @Column(name = "updated_by_role")
    public String updatedByRole;

    @Column(name = "updated_by_org")
    public UUID updatedByOrg;

    public Actor createdByActor() {
        return new Actor(createdBy, createdByRole, createdByOrg);
    }

    public Actor updatedByActor() {
        return new Actor(updatedBy, updatedByRole, updatedByOrg);
    }
}
