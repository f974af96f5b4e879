package se.samverkan.project.domain;

import java.math.BigDecimal;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;
import se.samverkan.platform.json.Text;

/** A multi-level rural service project, such as Service i samverkan 2017-2020. */
@Entity
@Table(name = "project")
public class Project extends AuditedEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** The name in lower case without accents, for {@code ?q=} (as organisations have it). */
    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    public String description;

    @Column(name = "owner_organisation_id", nullable = false)
    public UUID ownerOrganisationId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_objective", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "objective", nullable = false)
    public List<String> objectives = new ArrayList<>();

    @Column(name = "total_budget", precision = 15, scale = 2)
    public BigDecimal totalBudget;

    @PrePersist
    @PreUpdate
    void foldName() {
        nameFolded = Text.fold(name);
    }

    /** True when the day lies inside the project's period, both ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
