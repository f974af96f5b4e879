package se.samverkan.funding.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What funding-service reads of an organisation's standing in a project, in one call: the project's owner and
 * period, the organisation (null when the registry has no such id) and its participation (null when it does not
 * take part).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StandingView(ProjectView project, Organisation organisation, ParticipantView participation) {

    /** The organisation's type (for a call's eligible applicants) and name (for messages). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(UUID id, String type, String name) {
    }

    /** It takes part in the project, in any status but WITHDRAWN. */
    public boolean participates() {
        return participation != null && !participation.withdrawn();
    }
}
