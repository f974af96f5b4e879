package se.samverkan.project.rest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.client.FundingDirectory;
import se.samverkan.project.domain.Indicator;
import se.samverkan.project.domain.IndicatorPeriod;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.Progress;
import se.samverkan.project.domain.ServicePlanStatus;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;
import se.samverkan.project.domain.StaffRole;
import se.samverkan.project.repository.OverviewRepository;
import se.samverkan.project.rest.ParticipationStatsResponse;
import se.samverkan.project.rest.ProjectOverviewResponse;
import se.samverkan.project.rest.ResultStatsResponse;
import se.samverkan.project.service.ProjectOverview;
import se.samverkan.project.service.ResultService;
import se.samverkan.project.service.ResultView;

/** Shapes the database's counts for dashboards: every enum value is a key, zero when nothing has it. */
@ApplicationScoped
public class OverviewMapper {

    private final ProjectMapper projects;

    public OverviewMapper(ProjectMapper projects) {
        this.projects = projects;
    }

    /** The figures, with the financing from funding-service or, when it could not be read, a warning why. */
    public ProjectOverviewResponse toResponse(ProjectOverview overview, FundingDirectory.Lookup funding) {
        List<ProjectOverviewResponse.Warning> warnings = funding.warning() == null ? List.of()
                : List.of(new ProjectOverviewResponse.Warning("funding-unavailable", funding.warning()));
        return new ProjectOverviewResponse(projects.toResponse(overview.project()),
                participants(overview.participants()),
                plans(overview), solutions(overview.solutions()), staff(overview.staff()),
                results(overview.results()), funding.financing(), warnings);
    }

    /** Each indicator's latest period (that has begun), with its progress; counted per progress. */
    private static ProjectOverviewResponse.Results results(List<ResultView> views) {
        Map<String, Long> byProgress = zeros(Progress.values());
        List<ProjectOverviewResponse.IndicatorAtAGlance> indicators = new ArrayList<>();
        for (ResultView view : views) {
            for (Indicator indicator : view.result().indicators) {
                int latest = view.latestPeriod(indicator);
                IndicatorPeriod period = latest < 0 ? null : indicator.periods.get(latest);
                Progress progress = latest < 0 ? Progress.NO_DATA : view.progress(indicator, latest);
                byProgress.merge(progress.name(), 1L, Long::sum);
                indicators.add(new ProjectOverviewResponse.IndicatorAtAGlance(view.result().id,
                        view.result().title, indicator.title, indicator.unit, indicator.measuredBy,
                        period == null ? null : period.periodStart, period == null ? null : period.periodEnd,
                        period == null ? null : scaled(period.target),
                        latest < 0 ? null : scaled(view.actual(indicator, latest)), progress, progress.onTrack()));
            }
        }
        return new ProjectOverviewResponse.Results(byProgress, indicators);
    }

    public ResultStatsResponse toResultStats(List<ResultService.CountyProgress> counties) {
        return new ResultStatsResponse(counties.stream().map(c -> {
            Map<String, Long> indicators = zeros(Progress.values());
            c.indicators().forEach((progress, count) -> indicators.put(progress.name(), count));
            return new ResultStatsResponse.County(c.countyCode(), c.countyName(), c.projects(), indicators);
        }).toList());
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static ProjectOverviewResponse.Participants participants(List<OverviewRepository.ParticipantCount> rows) {
        Map<String, Long> byLevel = zeros(OrganisationType.Level.values());
        Map<String, Long> byStatus = zeros(ParticipationStatus.values());
        Map<String, Map<String, Long>> byLevelAndStatus = new LinkedHashMap<>();
        for (OrganisationType.Level level : OrganisationType.Level.values()) {
            byLevelAndStatus.put(level.name(), zeros(ParticipationStatus.values()));
        }
        long total = 0;
        long participating = 0;
        for (OverviewRepository.ParticipantCount row : rows) {
            total += row.count();
            byStatus.merge(row.status().name(), row.count(), Long::sum);
            byLevelAndStatus.get(row.level().name()).merge(row.status().name(), row.count(), Long::sum);
            if (row.status().participating()) {
                participating += row.count();
                byLevel.merge(row.level().name(), row.count(), Long::sum);
            }
        }
        return new ProjectOverviewResponse.Participants(total, participating, byLevel, byStatus, byLevelAndStatus);
    }

    private static ProjectOverviewResponse.ServicePlans plans(ProjectOverview overview) {
        Map<String, Long> byStatus = zeros(ServicePlanStatus.values());
        overview.plans().forEach(row -> byStatus.merge(row.status().name(), row.count(), Long::sum));
        long municipalities = overview.participants().stream()
                .filter(row -> row.level() == OrganisationType.Level.MUNICIPAL && row.status().participating())
                .mapToLong(OverviewRepository.ParticipantCount::count).sum();
        return new ProjectOverviewResponse.ServicePlans(municipalities, overview.municipalitiesWithAdoptedPlan(),
                byStatus);
    }

    private static ProjectOverviewResponse.ServiceSolutions solutions(List<OverviewRepository.SolutionCount> rows) {
        Map<String, Long> byStatus = zeros(ServiceSolutionStatus.values());
        Map<String, Long> byCategory = zeros(ServiceSolutionCategory.values());
        long total = 0;
        for (OverviewRepository.SolutionCount row : rows) {
            total += row.count();
            byStatus.merge(row.status().name(), row.count(), Long::sum);
            byCategory.merge(row.category().name(), row.count(), Long::sum);
        }
        return new ProjectOverviewResponse.ServiceSolutions(total, byStatus, byCategory);
    }

    private static ProjectOverviewResponse.Staff staff(List<OverviewRepository.StaffFigures> rows) {
        Map<String, ProjectOverviewResponse.RoleFigures> byRole = new LinkedHashMap<>();
        for (StaffRole role : StaffRole.values()) {
            byRole.put(role.name(), new ProjectOverviewResponse.RoleFigures(0, 0, 0));
        }
        long assignments = 0;
        long fte = 0;
        for (OverviewRepository.StaffFigures row : rows) {
            assignments += row.assignments();
            fte += row.ftePercent();
            byRole.put(row.role().name(), new ProjectOverviewResponse.RoleFigures(row.assignments(), row.people(),
                    row.ftePercent()));
        }
        return new ProjectOverviewResponse.Staff(assignments, fte, byRole);
    }

    public ParticipationStatsResponse toStats(UUID projectId, List<OverviewRepository.CountyFigures> rows) {
        List<ParticipationStatsResponse.County> counties = rows.stream()
                .map(r -> new ParticipationStatsResponse.County(r.countyCode(), r.countyName(),
                        r.participatingMunicipalities(), r.adoptedPlans(), r.solutionsInOperation()))
                .toList();
        return new ParticipationStatsResponse(projectId, counties, new ParticipationStatsResponse.Figures(
                rows.stream().mapToLong(OverviewRepository.CountyFigures::participatingMunicipalities).sum(),
                rows.stream().mapToLong(OverviewRepository.CountyFigures::adoptedPlans).sum(),
                rows.stream().mapToLong(OverviewRepository.CountyFigures::solutionsInOperation).sum()));
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L);
        }
        return counts;
    }
}
