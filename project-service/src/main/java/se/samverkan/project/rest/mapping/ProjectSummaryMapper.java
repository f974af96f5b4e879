package se.samverkan.project.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.OrganisationNumber;
import se.samverkan.project.rest.ProjectSummaryResponse;
import se.samverkan.project.service.OpenDataService;

/** A project's summary for funding-service's 360Giving export: no staff, no audit fields. */
@ApplicationScoped
public class ProjectSummaryMapper {

    public ProjectSummaryResponse toResponse(OpenDataService.Summary summary) {
        var project = summary.project();
        var owner = summary.owner();
        return new ProjectSummaryResponse(project.id(), project.code(), project.name(), project.description(),
                project.startDate(), project.endDate(), project.status().name(),
                new ProjectSummaryResponse.Owner(owner.id(), owner.name(), owner.organisationNumber() == null ? null
                        : new OrganisationNumber(owner.organisationNumber()).orgId()),
                summary.municipalities().stream()
                        .map(m -> new ProjectSummaryResponse.Municipality(m.code(), m.name())).toList());
    }
}
