package se.samverkan.project.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/** A person's role in a project, its share of full time and its period (bemanning). */
@Entity
@Table(name = "staff_assignment")
public class StaffAssignment extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "person_name", nullable = false)
    public String personName;

    /** Personal data: shown only where the API says so. */
    public String email;

    /** Who "the same person" is for the FTE rule: the lower-case e-mail, or the folded name without one. */
    @Column(name = "person_key", nullable = false)
    public String personKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StaffRole role;

    @Column(name = "employer_organisation_id", nullable = false)
    public UUID employerOrganisationId;

    @Column(name = "placed_at_organisation_id")
    public UUID placedAtOrganisationId;

    @Column(name = "fte_percent", nullable = false)
    public int ftePercent;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
