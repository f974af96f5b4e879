package se.samverkan.project.service;

import java.util.List;

import se.samverkan.project.domain.Project;
import se.samverkan.project.repository.OverviewRepository;

/** A project with its figures, as the database counted them; the rest layer shapes it for the dashboard. */
public record ProjectOverview(
        Project project,
        List<OverviewRepository.ParticipantCount> participants,
        List<OverviewRepository.PlanCount> plans,
        long municipalitiesWithAdoptedPlan,
        List<OverviewRepository.SolutionCount> solutions,
        List<OverviewRepository.StaffFigures> staff,
        List<ResultView> results) {
}
