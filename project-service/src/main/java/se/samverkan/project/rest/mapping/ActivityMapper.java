package se.samverkan.project.rest.mapping;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Activity;
import se.samverkan.project.rest.ActivityRequest;
import se.samverkan.project.rest.ActivityResponse;

@ApplicationScoped
public class ActivityMapper {

    public Activity toEntity(ActivityRequest request) {
        Activity activity = new Activity();
        apply(request, activity);
        return activity;
    }

    public void apply(ActivityRequest request, Activity a) {
        a.title = request.title().strip();
        a.type = request.type();
        a.heldOn = request.date();
        a.hostOrganisationId = request.hostOrganisationId();
        Strings.replaceAll(a.participantOrganisationIds, request.participantOrganisationIds());
        a.summary = Strings.blankToNull(request.summary());
    }

    public ActivityResponse toResponse(Activity a) {
        return new ActivityResponse(a.id, a.projectId, a.title, a.type, a.heldOn, a.hostOrganisationId,
                new ArrayList<>(a.participantOrganisationIds), a.summary, a.version, a.createdAt, a.updatedAt,
                a.createdByActor(), a.updatedByActor());
    }
}
