package se.samverkan.funding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An appeal of the case's decision to the administrative court (laglighetsprövning, KL 13 kap.): while the court
 * has not ruled, the decision is not legally final.
 */
@Embeddable
public class Appeal {

    @Column(name = "lodged_on", nullable = false)
    public LocalDate lodgedOn;

    /** The administrative court (förvaltningsrätten), e.g. Förvaltningsrätten i Växjö. */
    @Column(nullable = false)
    public String court;

    /** The court's case number (målnummer). */
    @Column(name = "court_case_number", nullable = false)
    public String courtCaseNumber;

    /** The court's ruling; null while the appeal is pending. */
    @Enumerated(EnumType.STRING)
    public AppealOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public boolean pending() {
        return outcome == null;
    }
}
