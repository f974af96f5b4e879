package se.samverkan.project.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Activity;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.repository.ActivityRepository;

/** The rules of experience exchange: its host and its participants take part in the project. */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final ProjectService projects;
    private final ParticipationChecks checks;

    public ActivityService(ActivityRepository activities, ProjectService projects, ParticipationChecks checks) {
        this.activities = activities;
        this.projects = projects;
        this.checks = checks;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Activity> list(UUID projectId, ActivityRepository.Filter filter, PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(activities.search(projectId, filter, page), page);
    }

    public Activity get(UUID projectId, UUID id) {
        projects.get(projectId);
        return activities.findInProject(projectId, id).orElseThrow(() -> ProblemException.notFound("Activity", id));
    }

    @Transactional
    public Activity create(UUID projectId, Activity draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        checkRules(draft);
        activities.persistAndFlush(draft);
        return draft;
    }

    @Transactional
    public Activity replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<Activity> changes) {
        projects.getForUpdate(projectId);
        Activity activity = get(projectId, id);
        ifMatch.check(activity.version);
        changes.accept(activity);
        checkRules(activity);
        activities.flush();
        return activity;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        Activity activity = get(projectId, id);
        ifMatch.check(activity.version);
        activities.delete(activity);
        activities.flush();
    }

    private void checkRules(Activity a) {
        if (a.hostOrganisationId != null) {
            checks.participating(a.projectId, a.hostOrganisationId, "hostOrganisationId",
                    EnumSet.allOf(OrganisationType.class), "a participant of the project");
        }
        a.participantOrganisationIds = new ArrayList<>(checks.allParticipating(a.projectId,
                a.participantOrganisationIds, "participantOrganisationIds"));
    }
}
