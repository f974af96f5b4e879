package se.samverkan.bench.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A {@code co_funding} row and its {@code co_funding_year} rows, the rows funding-service's POST writes. */
@Entity
@Table(name = "co_funding")
public class ControlCoFunding extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "funder_organisation_id")
    public UUID funderOrganisationId;

    public String kind;

    @Column(name = "budget_source")
    public String budgetSource;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    public String status;

    @Column(name = "legally_final")
    public boolean legallyFinal;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection
    @CollectionTable(name = "co_funding_year", joinColumns = @JoinColumn(name = "co_funding_id"))
    public List<Year> schedule = new ArrayList<>();

    /** One year of the schedule. */
    @Embeddable
    public static class Year {

        public int year;

        public BigDecimal amount;
    }
}
