package se.samverkan.project.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/**
 * What a project means to achieve (IATI's result): an output such as "a service plan in every municipality", or an
 * outcome, with its indicators and their periods. One aggregate: written whole, with one version.
 */
@Entity
@Table(name = "project_result")
public class Result extends AuditedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResultType type;

    @Column(nullable = false)
    public String title;

    public String description;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "result_id", nullable = false)
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    /**
     * Takes the indicators given, leaving the stored ones alone when they are the same value for value, so that a
     * PUT that changes nothing makes no new version; any difference replaces them all (and makes one).
     */
    public void replaceIndicators(List<Indicator> given) {
        boolean same = given.size() == indicators.size();
        for (int i = 0; same && i < given.size(); i++) {
            same = indicators.get(i).sameAs(given.get(i));
        }
        if (!same) {
            indicators.clear();
            indicators.addAll(given);
        }
    }
}
