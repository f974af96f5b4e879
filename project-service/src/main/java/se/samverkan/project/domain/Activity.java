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

/** An experience exchange between participants: a network meeting, a workshop, a study visit. */
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    @Column(name = "activity_date", nullable = false)
    public LocalDate heldOn;

    @Column(name = "host_organisation_id")
    public UUID hostOrganisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "organisation_id", nullable = false)
    public List<UUID> participantOrganisationIds = new ArrayList<>();

    public String summary;
}
