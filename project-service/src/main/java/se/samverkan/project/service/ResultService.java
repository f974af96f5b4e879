package se.samverkan.project.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.time.SwedishTime;
import se.samverkan.project.domain.County;
import se.samverkan.project.domain.Indicator;
import se.samverkan.project.domain.IndicatorPeriod;
import se.samverkan.project.domain.Progress;
import se.samverkan.project.domain.Result;
import se.samverkan.project.domain.ResultType;
import se.samverkan.project.repository.ReferenceDataRepository;
import se.samverkan.project.repository.ResultRepository;

/**
 * A project's results, indicators and periods. The actuals of a measured indicator are counted from the record each
 * time they are read, so they follow it: adopting a plan moves "service plans adopted" at once.
 */
@ApplicationScoped
public class ResultService {

    /** One county's projects and the progress of their indicators' latest periods. */
    public record CountyProgress(String countyCode, String countyName, long projects, Map<Progress, Long> indicators) {
    }

    private final ResultRepository results;
    private final ProjectService projects;
    private final Clock clock;
    private final ReferenceDataRepository referenceData;

    public ResultService(ResultRepository results, ProjectService projects, Clock clock,
            ReferenceDataRepository referenceData) {
        this.referenceData = referenceData;
        this.results = results;
        this.projects = projects;
        this.clock = clock;
    }

    /** Today in Sweden: the day progress is judged on. */
    public LocalDate today() {
        return SwedishTime.today(clock);
    }

    /** A page of them with its total and the record's counts, read in one transaction. */
    @Transactional
    public PageResponse<ResultView> list(UUID projectId, ResultType type, Instant updatedSince, PageRequest page) {
        projects.get(projectId);
        PageResponse<Result> found = PageResponse.of(results.search(projectId, type, updatedSince, page), page);
        var measured = results.measuredActuals(projectId);
        LocalDate today = today();
        return found.map(result -> new ResultView(result, measured, today));
    }

    /** Every result of the project as it stands, oldest first: for the overview and the IATI export. */
    @Transactional
    public List<ResultView> ofProject(UUID projectId) {
        List<Result> found = results.ofProject(projectId);
        if (found.isEmpty()) {
            return List.of();
        }
        var measured = results.measuredActuals(projectId);
        LocalDate today = today();
        return found.stream().map(r -> new ResultView(r, measured, today)).toList();
    }

    @Transactional
    public ResultView get(UUID projectId, UUID id) {
        return view(find(projectId, id));
    }

    @Transactional
    public ResultView create(UUID projectId, Result draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        checkRules(draft);
        results.persistAndFlush(draft);
        return view(draft);
    }

    /** Replaces the result with its indicators and periods; one that changes nothing keeps its version. */
    @Transactional
    public ResultView replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<Result> changes) {
        Result result = find(projectId, id);
        ifMatch.check(result.version);
        Map<String, BigDecimal> shown = countedActuals(view(result));
        changes.accept(result);
        dropCountedActualsSentBack(result, shown);
        checkRules(result);
        results.flush();
        return view(result);
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        Result result = find(projectId, id);
        ifMatch.check(result.version);
        results.delete(result);
        results.flush();
    }

    /**
     * Per county, every project with a participating municipality there (a project in several counties counts in
     * each), and how the latest periods of their indicators stand: achieved, on track, behind or without data.
     */
    @Transactional
    public List<CountyProgress> progressByCounty() {
        var counties = referenceData.counties().values();
        var measured = results.measuredActuals();
        LocalDate today = today();
        Map<UUID, List<Progress>> byProject = results.everyProjects().stream().collect(Collectors.groupingBy(
                r -> r.projectId, Collectors.flatMapping(r -> {
                    ResultView view = new ResultView(r, measured, today);
                    return r.indicators.stream().filter(i -> !i.periods.isEmpty())
                            .map(i -> view.progress(i, view.latestPeriod(i)));
                }, Collectors.toList())));
        Map<String, List<UUID>> projectsByCounty = results.projectCounties().stream().collect(Collectors.groupingBy(
                ResultRepository.ProjectCounty::countyCode, TreeMap::new,
                Collectors.mapping(ResultRepository.ProjectCounty::projectId, Collectors.toList())));
        List<CountyProgress> figures = new ArrayList<>();
        for (County county : counties.stream().sorted(Comparator.comparing(c -> c.code)).toList()) {
            List<UUID> inCounty = projectsByCounty.getOrDefault(county.code, List.of());
            Map<Progress, Long> indicators = new EnumMap<>(Progress.class);
            for (Progress progress : Progress.values()) {
                indicators.put(progress, 0L);
            }
            inCounty.forEach(project -> byProject.getOrDefault(project, List.of())
                    .forEach(progress -> indicators.merge(progress, 1L, Long::sum)));
            figures.add(new CountyProgress(county.code, county.name, inCounty.size(), indicators));
        }
        return figures;
    }

    private Result find(UUID projectId, UUID id) {
        projects.get(projectId);
        return results.findInProject(projectId, id).orElseThrow(() -> ProblemException.notFound("Result", id));
    }

    private ResultView view(Result result) {
        return new ResultView(result, results.measuredActuals(result.projectId), today());
    }

    /**
     * The actuals GET showed for the measured indicators, by indicator and period position, measure and dates: what a
     * client that read the result sends back.
     */
    private static Map<String, BigDecimal> countedActuals(ResultView view) {
        Map<String, BigDecimal> shown = new HashMap<>();
        List<Indicator> indicators = view.result().indicators;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.measuredBy != null) {
                for (int p = 0; p < indicator.periods.size(); p++) {
                    shown.put(countedKey(i, p, indicator, indicator.periods.get(p)), view.actual(indicator, p));
                }
            }
        }
        return shown;
    }

    /**
     * A counted actual is read-only: sent back as GET showed it (same indicator and period, same measure and dates,
     * same value), it is ignored; any other actual on a measured indicator stays for {@link #checkRules} to refuse.
     */
    private static void dropCountedActualsSentBack(Result result, Map<String, BigDecimal> shown) {
        for (int i = 0; i < result.indicators.size(); i++) {
            Indicator indicator = result.indicators.get(i);
            if (indicator.measuredBy == null) {
                continue;
            }
            for (int p = 0; p < indicator.periods.size(); p++) {
                IndicatorPeriod period = indicator.periods.get(p);
                BigDecimal counted = shown.get(countedKey(i, p, indicator, period));
                if (period.actual != null && counted != null && counted.compareTo(period.actual) == 0) {
                    period.actual = null;
                }
            }
        }
    }

    private static String countedKey(int indicator, int position, Indicator measured, IndicatorPeriod period) {
        return indicator + "/" + position + "/" + measured.measuredBy + "/" + period.periodStart + "/"
                + period.periodEnd;
    }

    /**
     * A period ends on or after its start (else 400, like any invalid field); the record's counts are not typed in
     * (an actual on a measured indicator is a 422), and an indicator's periods do not overlap (422).
     */
    private static void checkRules(Result result) {
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> broken = new ArrayList<>();
        for (int i = 0; i < result.indicators.size(); i++) {
            Indicator indicator = result.indicators.get(i);
            List<IndicatorPeriod> periods = indicator.periods;
            for (int p = 0; p < periods.size(); p++) {
                IndicatorPeriod period = periods.get(p);
                String field = "indicators[" + i + "].periods[" + p + "]";
                if (period.periodEnd.isBefore(period.periodStart)) {
                    invalid.add(new FieldError(field + ".periodEnd", "ends on " + period.periodEnd
                            + ", before the period starts on " + period.periodStart));
                }
                if (indicator.measuredBy != null && period.actual != null) {
                    broken.add(new FieldError(field + ".actual", "the record measures this indicator ("
                            + indicator.measuredBy + "); its actual is counted, not entered"));
                }
                for (int q = 0; q < p; q++) {
                    IndicatorPeriod other = periods.get(q);
                    if (!period.periodStart.isAfter(other.periodEnd) && !other.periodStart.isAfter(period.periodEnd)) {
                        broken.add(new FieldError(field, "overlaps period " + q + " (" + other.periodStart + " – "
                                + other.periodEnd + ")"));
                    }
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid.get(0).field() + ": " + invalid.get(0).message(), invalid);
        }
        if (!broken.isEmpty()) {
            throw ProblemException.ruleBroken("indicator-periods", broken.get(0).field() + ": "
                    + broken.get(0).message(), broken);
        }
    }
}
