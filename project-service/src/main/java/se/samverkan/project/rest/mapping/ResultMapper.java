package se.samverkan.project.rest.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Indicator;
import se.samverkan.project.domain.IndicatorPeriod;
import se.samverkan.project.domain.Result;
import se.samverkan.project.rest.ResultRequest;
import se.samverkan.project.rest.ResultResponse;
import se.samverkan.project.service.ResultView;

/** Maps a result whole; the day its progress is judged on comes with the view from the service. */
@ApplicationScoped
public class ResultMapper {

    public Result toEntity(ResultRequest request) {
        Result result = new Result();
        apply(request, result);
        return result;
    }

    public void apply(ResultRequest request, Result result) {
        result.type = request.type();
        result.title = request.title().strip();
        result.description = Strings.blankToNull(request.description());
        List<Indicator> indicators = new ArrayList<>();
        if (request.indicators() != null) {
            request.indicators().forEach(i -> indicators.add(indicator(i)));
        }
        result.replaceIndicators(indicators);
    }

    public ResultResponse toResponse(ResultView view) {
        Result r = view.result();
        List<ResultResponse.IndicatorResponse> indicators = new ArrayList<>();
        for (Indicator i : r.indicators) {
            List<ResultResponse.PeriodResponse> periods = new ArrayList<>();
            for (int p = 0; p < i.periods.size(); p++) {
                IndicatorPeriod period = i.periods.get(p);
                periods.add(new ResultResponse.PeriodResponse(period.periodStart, period.periodEnd,
                        scaled(period.target), scaled(view.actual(i, p)), period.comment, view.progress(i, p)));
            }
            indicators.add(new ResultResponse.IndicatorResponse(i.title, i.description, i.unit, i.ascending,
                    i.cumulative, scaled(i.baselineValue), i.baselineYear, i.measuredBy, periods));
        }
        return new ResultResponse(r.id, r.projectId, r.type, r.title, r.description, indicators, r.version,
                r.createdAt, r.updatedAt, r.createdByActor(), r.updatedByActor());
    }

    private static Indicator indicator(ResultRequest.IndicatorRequest request) {
        Indicator indicator = new Indicator();
        indicator.title = request.title().strip();
        indicator.description = Strings.blankToNull(request.description());
        indicator.unit = Strings.blankToNull(request.unit());
        indicator.ascending = !Boolean.FALSE.equals(request.ascending());
        indicator.cumulative = Boolean.TRUE.equals(request.cumulative());
        indicator.baselineValue = scaled(request.baselineValue());
        indicator.baselineYear = request.baselineYear();
        indicator.measuredBy = request.measuredBy();
        if (request.periods() != null) {
            request.periods().forEach(p -> indicator.periods.add(new IndicatorPeriod(p.periodStart(), p.periodEnd(),
                    scaled(p.target()), scaled(p.actual()), Strings.blankToNull(p.comment()))));
        }
        return indicator;
    }

    /** Values with the scale the database keeps, so an answer right after a write equals a later read. */
    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
