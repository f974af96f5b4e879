package se.samverkan.project.mapping;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Participant;
import se.samverkan.project.rest.ParticipantRequest;
import se.samverkan.project.rest.ParticipantResponse;

@ApplicationScoped
public class ParticipantMapper {

    public Participant toEntity(ParticipantRequest request) {
        Participant participant = new Participant();
        apply(request, participant);
        return participant;
    }

    public void apply(ParticipantRequest request, Participant participant) {
        participant.organisationId = request.organisationId();
        Strings.replaceAll(participant.roles, request.roles());
        participant.status = request.status();
        participant.joinedOn = request.joinedOn();
        participant.leftOn = request.leftOn();
    }

    public ParticipantResponse toResponse(Participant p) {
        return new ParticipantResponse(p.id, p.projectId, p.organisationId, new ArrayList<>(p.roles), p.level, p.status,
                p.joinedOn, p.leftOn, p.version, p.createdAt, p.updatedAt, p.createdBy, p.updatedBy);
    }
}
