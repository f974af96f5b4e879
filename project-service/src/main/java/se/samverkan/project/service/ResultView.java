package se.samverkan.project.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import se.samverkan.project.domain.Indicator;
import se.samverkan.project.domain.IndicatorPeriod;
import se.samverkan.project.domain.Progress;
import se.samverkan.project.domain.Result;
import se.samverkan.project.repository.ResultRepository;

/**
 * A result as it stands: its entered values, the record's counts for its measured indicators, and the day (in
 * Sweden) its progress is judged on. The IATI export and the REST layer read results through it.
 */
public record ResultView(Result result, Map<ResultRepository.PeriodKey, BigDecimal> measured, LocalDate today) {

    /** The period's actual: counted from the record for a measured indicator, else as entered. */
    public BigDecimal actual(Indicator indicator, int position) {
        IndicatorPeriod period = indicator.periods.get(position);
        if (indicator.measuredBy == null) {
            return period.actual;
        }
        return measured.getOrDefault(new ResultRepository.PeriodKey(indicator.id, position), BigDecimal.ZERO.setScale(2));
    }

    public Progress progress(Indicator indicator, int position) {
        IndicatorPeriod period = indicator.periods.get(position);
        return Progress.of(indicator.ascending, indicator.baselineValue, period.periodStart, period.periodEnd,
                period.target, actual(indicator, position), today);
    }

    /**
     * The period a dashboard shows: the last one (by start) that has begun by today, or the first when none has; -1
     * for an indicator without periods.
     */
    public int latestPeriod(Indicator indicator) {
        int latest = indicator.periods.isEmpty() ? -1 : 0;
        for (int i = 0; i < indicator.periods.size(); i++) {
            IndicatorPeriod period = indicator.periods.get(i);
            if (!period.periodStart.isAfter(today)
                    && !period.periodStart.isBefore(indicator.periods.get(latest).periodStart)) {
                latest = i;
            }
        }
        return latest;
    }
}
