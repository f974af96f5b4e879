package se.samverkan.funding.service;

import java.util.Collection;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.client.OrganisationView;
import se.samverkan.funding.client.ProjectDirectory;
import se.samverkan.funding.client.ProjectView;
import se.samverkan.funding.client.StandingView;
import se.samverkan.funding.domain.OrganisationType;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/**
 * The references funding-service keeps to project-service's records, checked there on every write that
 * makes them: a broken one is a 422 naming the field, and when project-service cannot answer the write
 * fails fast with 503 (from {@link ProjectDirectory}) and writes nothing. Called before the write touches
 * the database, so no connection waits on the other service.
 */
@ApplicationScoped
public class ProjectReferences {

    private final ProjectDirectory directory;

    public ProjectReferences(ProjectDirectory directory) {
        this.directory = directory;
    }

    public OrganisationView organisation(UUID organisationId, String field) {
        return directory.organisation(organisationId).orElseThrow(() -> broken(field, "unknown-organisation",
                "No organisation " + organisationId + " in project-service's registry"));
    }

    /**
     * The project, once a co-funder is checked in it: the project exists, the organisation is in the registry and
     * takes part in the project (any status but WITHDRAWN). One call to project-service answers all three.
     */
    public ProjectView projectWithParticipant(UUID projectId, UUID organisationId, String field) {
        StandingView standing = standing(projectId, organisationId, field);
        if (!standing.participates()) {
            throw broken(field, "not-a-participant", "Organisation " + organisationId + " does not take part in "
                    + "project " + projectId + " (or has withdrawn): register it as a participant in project-service "
                    + "first");
        }
        return standing.project();
    }

    /**
     * The project, once an applicant is checked in it: the project's owner or a participant in it (not withdrawn),
     * and of a type the call accepts. One call to project-service answers it.
     */
    public ProjectView projectWithApplicant(UUID projectId, UUID applicantId, SortedSet<OrganisationType> eligible) {
        StandingView standing = standing(projectId, applicantId, "applicantOrganisationId");
        StandingView.Organisation applicant = standing.organisation();
        if (!applicantId.equals(standing.project().ownerOrganisationId()) && !standing.participates()) {
            throw broken("applicantOrganisationId", "not-a-participant", applicant.name() + " is neither the owner "
                    + "of project " + projectId + " nor a participant in it");
        }
        if (!eligible.isEmpty() && eligible.stream().noneMatch(t -> t.name().equals(applicant.type()))) {
            throw broken("applicantOrganisationId", "applicant-not-eligible", applicant.name() + " is a "
                    + applicant.type() + "; the call accepts applications from " + eligible);
        }
        return standing.project();
    }

    /** The standing of an organisation that is in the registry, in a project that exists; else a 422. */
    private StandingView standing(UUID projectId, UUID organisationId, String field) {
        StandingView standing = directory.standing(projectId, organisationId).orElseThrow(() -> broken("projectId",
                "unknown-project", "No project " + projectId + " in project-service"));
        if (standing.organisation() == null) {
            throw broken(field, "unknown-organisation", "No organisation " + organisationId
                    + " in project-service's registry");
        }
        return standing;
    }

    /** Every scheduled year lies inside the project's period. */
    public void requireYearsInside(ProjectView project, Collection<Integer> years) {
        int first = project.startDate().getYear();
        int last = project.endDate().getYear();
        String outside = years.stream().filter(y -> y < first || y > last).sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (!outside.isEmpty()) {
            throw broken("schedule", "year-outside-project", "Year(s) " + outside + " lie outside the project's period "
                    + project.startDate() + " – " + project.endDate());
        }
    }

    private static ProblemException broken(String field, String slug, String detail) {
        return ProblemException.ruleBroken(slug, detail, java.util.List.of(new FieldError(field, detail)));
    }
}
