package se.samverkan.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One of Sweden's 21 counties (län) with SCB's two-digit code; reference data. */
@Entity
@Immutable
@Table(name = "county")
public class County {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_name", nullable = false)
    public String regionName;
}
