package se.samverkan.project.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.project.domain.Project;
import se.samverkan.project.repository.OverviewRepository;

/** Dashboards: a project's overview and participation per county, computed in a fixed number of queries. */
@ApplicationScoped
public class OverviewService {

    private final OverviewRepository figures;
    private final ProjectService projects;
    private final ResultService results;

    public OverviewService(OverviewRepository figures, ProjectService projects, ResultService results) {
        this.results = results;
        this.figures = figures;
        this.projects = projects;
    }

    /** Read in one transaction, so that the figures agree with each other. */
    @Transactional
    public ProjectOverview overview(UUID projectId) {
        Project project = projects.get(projectId);
        return new ProjectOverview(project, figures.participants(projectId), figures.plans(projectId),
                figures.participatingMunicipalitiesWithAdoptedPlan(projectId), figures.solutions(projectId),
                figures.staff(projectId), results.ofProject(projectId));
    }

    @Transactional
    public List<OverviewRepository.CountyFigures> participationByCounty(UUID projectId) {
        if (projectId == null) {
            return figures.participationByCounty();
        }
        projects.get(projectId);
        return figures.participationByCounty(projectId);
    }
}
