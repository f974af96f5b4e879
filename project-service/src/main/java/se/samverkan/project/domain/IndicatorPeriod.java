package se.samverkan.project.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One period of an indicator: its target and, unless the record measures it, its actual. */
@Embeddable
public class IndicatorPeriod {

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public BigDecimal target;

    /** Entered; null for a measured indicator, whose actual is counted when read. */
    public BigDecimal actual;

    public String comment;

    public IndicatorPeriod() {
    }

    public IndicatorPeriod(LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual,
            String comment) {
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.target = target;
        this.actual = actual;
        this.comment = comment;
    }

    /** Equal in every value, amounts by value (40 equals 40.00). */
    public boolean sameAs(IndicatorPeriod other) {
        return periodStart.equals(other.periodStart) && periodEnd.equals(other.periodEnd)
                && sameNumber(target, other.target) && sameNumber(actual, other.actual)
                && Objects.equals(comment, other.comment);
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
