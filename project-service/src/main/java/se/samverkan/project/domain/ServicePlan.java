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

/** A participating municipality's plan for service in rural areas (lokal serviceplan för landsbygden). */
@Entity
@Table(name = "service_plan")
public class ServicePlan extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "municipality_organisation_id", nullable = false)
    public UUID municipalityOrganisationId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePlanStatus status;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "adopted_by")
    public String adoptedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_plan_rural_area", joinColumns = @JoinColumn(name = "service_plan_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "rural_area", nullable = false)
    public List<String> ruralAreas = new ArrayList<>();

    @Column(name = "document_url")
    public String documentUrl;
}
