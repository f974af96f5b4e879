package se.samverkan.funding.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What funding-service reads of a participant: whether, and in what state, an organisation takes part. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantView(UUID organisationId, String status) {

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
