package se.samverkan.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One of Sweden's 290 municipalities (kommuner) with SCB's four-digit code; reference data. */
@Entity
@Immutable
@Table(name = "municipality")
public class Municipality {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "county_code", nullable = false)
    public String countyCode;
}
