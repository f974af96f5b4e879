package se.samverkan.project.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/** A documented method, model or way of working, to be spread after the project. */
@Entity
@Table(name = "method")
public class Method extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MethodKind kind;

    public String summary;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(name = "published_on")
    public LocalDate publishedOn;
}
