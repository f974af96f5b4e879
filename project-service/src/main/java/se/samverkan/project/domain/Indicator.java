package se.samverkan.project.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** An indicator of a result (IATI's indicator): part of its result, changed only with it. */
@Entity
@Table(name = "result_indicator")
public class Indicator {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    public String unit;

    /** Whether a higher value is better (IATI's ascending). */
    @Column(nullable = false)
    public boolean ascending = true;

    /** Whether each period's value counts everything up to its end (IATI's cumulative). */
    @Column(nullable = false)
    public boolean cumulative;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    /** What of the record measures it; null when its actuals are entered. */
    @Enumerated(EnumType.STRING)
    @Column(name = "measured_by")
    public MeasuredBy measuredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_period", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    public List<IndicatorPeriod> periods = new ArrayList<>();

    /** Equal in every value and period, so a PUT that changes nothing makes no new version. */
    public boolean sameAs(Indicator other) {
        if (!(title.equals(other.title) && Objects.equals(description, other.description)
                && Objects.equals(unit, other.unit) && ascending == other.ascending && cumulative == other.cumulative
                && IndicatorPeriod.sameNumber(baselineValue, other.baselineValue)
                && Objects.equals(baselineYear, other.baselineYear) && measuredBy == other.measuredBy
                && periods.size() == other.periods.size())) {
            return false;
        }
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i).sameAs(other.periods.get(i))) {
                return false;
            }
        }
        return true;
    }
}
