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

/** An organisation taking part in a project (deltagare), at the level its type gives it. */
@Entity
@Table(name = "participant")
public class Participant extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType.Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_role", joinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "ordinal")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public List<ParticipantRole> roles = new ArrayList<>();

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;
}
