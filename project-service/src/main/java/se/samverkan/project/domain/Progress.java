package se.samverkan.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether an indicator's period is on track on a day. The period's target is met: ACHIEVED. Otherwise the value
 * expected by that day runs in a straight line from the baseline (0 when none is given, for a higher-is-better
 * indicator) at the period's start to the target at its end: at least that (at most, when lower is better) is
 * ON_TRACK, short of it BEHIND. Without a target or an actual there is nothing to judge: NO_DATA.
 */
public enum Progress {
    ACHIEVED, ON_TRACK, BEHIND, NO_DATA;

    public static Progress of(boolean ascending, BigDecimal baseline, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal target, BigDecimal actual, LocalDate today) {
        if (target == null || actual == null) {
            return NO_DATA;
        }
        int sign = ascending ? 1 : -1;
        if (sign * actual.compareTo(target) >= 0) {
            return ACHIEVED;
        }
        BigDecimal from = baseline != null ? baseline : ascending ? BigDecimal.ZERO : null;
        if (from == null || !today.isBefore(periodEnd)) {
            return BEHIND; // lower is better with no baseline to start from, or the period is over: the target counts
        }
        long days = ChronoUnit.DAYS.between(periodStart, periodEnd);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(periodStart, today));
        BigDecimal expected = days <= 0 ? target : from.add(target.subtract(from)
                .multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
        return sign * actual.compareTo(expected) >= 0 ? ON_TRACK : BEHIND;
    }

    /** Achieved or on track. */
    public Boolean onTrack() {
        return this == NO_DATA ? null : this != BEHIND;
    }
}
