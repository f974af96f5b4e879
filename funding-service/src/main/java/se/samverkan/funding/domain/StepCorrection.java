package se.samverkan.funding.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import se.samverkan.platform.audit.Actor;

/** A correction of a recorded step: which one, what changed, who made it, when and why. */
@Embeddable
public class StepCorrection {

    /** The corrected step's number, from 1. */
    @Column(name = "step_number", nullable = false)
    public int stepNumber;

    /** The step's fields the correction changed, e.g. "date, paragraph". */
    @Column(name = "changed_fields", nullable = false)
    public String changedFields;

    @Column(nullable = false)
    public String reason;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    /** The role and organisation {@link #correctedBy} acted in, shown instead of the person to most callers. */
    @Column(name = "corrected_by_role")
    public String correctedByRole;

    @Column(name = "corrected_by_org")
    public UUID correctedByOrg;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    public Actor correctedByActor() {
        return new Actor(correctedBy, correctedByRole, correctedByOrg);
    }
}
