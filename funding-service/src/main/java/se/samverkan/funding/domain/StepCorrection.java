package se.samverkan.funding.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;
}
