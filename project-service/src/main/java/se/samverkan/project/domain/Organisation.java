package se.samverkan.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;
import se.samverkan.platform.json.Text;

/** An actor in the registry: a municipality, a region, an agency, a village association, a business. */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    /** Ten digits, or null when not known. */
    @Column(name = "organisation_number")
    public String organisationNumber;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "county_code")
    public String countyCode;

    /** One of SCB's 290 municipalities or 21 regions, loaded by migration: can be amended, never deleted. */
    @Column(name = "reference_data", nullable = false)
    public boolean referenceData;

    @PrePersist
    @PreUpdate
    void foldName() {
        nameFolded = Text.fold(name);
    }
}
