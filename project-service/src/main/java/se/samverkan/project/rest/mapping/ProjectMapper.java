package se.samverkan.project.rest.mapping;

import java.math.RoundingMode;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Project;
import se.samverkan.project.rest.ProjectRequest;
import se.samverkan.project.rest.ProjectResponse;

@ApplicationScoped
public class ProjectMapper {

    public Project toEntity(ProjectRequest request) {
        Project project = new Project();
        apply(request, project);
        return project;
    }

    public void apply(ProjectRequest request, Project project) {
        project.code = request.code().strip();
        project.name = request.name().strip();
        project.description = Strings.blankToNull(request.description());
        project.ownerOrganisationId = request.ownerOrganisationId();
        project.startDate = request.startDate();
        project.endDate = request.endDate();
        project.status = request.status();
        Strings.replace(project.objectives, request.objectives());
        project.totalBudget = request.totalBudget() == null ? null
                : request.totalBudget().setScale(2, RoundingMode.UNNECESSARY);
    }

    public ProjectResponse toResponse(Project p) {
        return new ProjectResponse(p.id, p.code, p.name, p.description, p.ownerOrganisationId, p.startDate, p.endDate,
                p.status, new ArrayList<>(p.objectives), p.totalBudget, p.version, p.createdAt, p.updatedAt,
                p.createdByActor(), p.updatedByActor());
    }
}
