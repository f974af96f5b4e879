package se.samverkan.bench.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The {@code project} row and its objectives, mapped as project-service maps them (every column, the objectives as an
 * eagerly fetched, ordered element collection), so that the control's read does the same database work.
 */
@Entity
@Table(name = "project")
public class ControlProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;

    public String code;

    public String name;

    @Column(name = "name_folded")
    public String nameFolded;

    public String description;

    @Column(name = "owner_organisation_id")
    public UUID ownerOrganisationId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_objective", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "objective")
    public List<String> objectives = new ArrayList<>();

    @Column(name = "total_budget")
    public BigDecimal totalBudget;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "created_by_role")
    public String createdByRole;

    @Column(name = "created_by_org")
    public UUID createdByOrg;

    @Column(name = "updated_by_role")
    public String updatedByRole;

    @Column(name = "updated_by_org")
    public UUID updatedByOrg;
}
