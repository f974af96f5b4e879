package se.samverkan.project.rest.mapping;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Participant;
import se.samverkan.project.repository.ParticipantRepository;
import se.samverkan.project.rest.ParticipantRequest;
import se.samverkan.project.rest.ParticipantResponse;
import se.samverkan.project.rest.ProjectStandingResponse;

/** Maps without lookups: the organisation's name, which the response shows, is read by the service and passed in. */
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

    public ProjectStandingResponse toStanding(ParticipantRepository.Standing s) {
        return new ProjectStandingResponse(
                new ProjectStandingResponse.StandingProject(s.projectId(), s.ownerOrganisationId(), s.startDate(),
                        s.endDate(), s.projectStatus(), s.totalBudget()),
                s.organisationId() == null ? null : new ProjectStandingResponse.StandingOrganisation(
                        s.organisationId(), s.organisationType(), s.organisationName(), s.countyCode()),
                s.participantId() == null ? null : new ProjectStandingResponse.StandingParticipation(
                        s.participantId(), s.organisationId(), s.participationStatus()));
    }

    public ParticipantResponse toResponse(Participant p, String organisationName) {
        return new ParticipantResponse(p.id, p.projectId, p.organisationId, organisationName, new ArrayList<>(p.roles),
                p.level, p.status, p.joinedOn, p.leftOn, p.version, p.createdAt, p.updatedAt, p.createdByActor(),
                p.updatedByActor());
    }
}
