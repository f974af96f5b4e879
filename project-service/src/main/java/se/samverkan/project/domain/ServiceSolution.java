package se.samverkan.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/** A concrete local service a project started (lokal servicelösning): a service point, a shop, a parcel point. */
@Entity
@Table(name = "service_solution")
public class ServiceSolution extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "municipality_organisation_id", nullable = false)
    public UUID municipalityOrganisationId;

    @Column(nullable = false)
    public String locality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceSolutionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceSolutionStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_solution_partner", joinColumns = @JoinColumn(name = "service_solution_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "partner_organisation_id", nullable = false)
    public List<UUID> partnerOrganisationIds = new ArrayList<>();

    @Column(name = "started_on")
    public LocalDate startedOn;
}
