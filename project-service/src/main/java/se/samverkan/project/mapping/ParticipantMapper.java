package se.samverkan.project.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Participant;
import se.samverkan.project.repository.OrganisationRepository;
import se.samverkan.project.repository.ParticipantRepository;
import se.samverkan.project.rest.ParticipantRequest;
import se.samverkan.project.rest.ParticipantResponse;
import se.samverkan.project.rest.ProjectStandingResponse;

@ApplicationScoped
public class ParticipantMapper {

    private final OrganisationRepository organisations;

    public ParticipantMapper(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

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
        return toResponse(p, organisations.findByIdOptional(p.organisationId).map(o -> o.name).orElse(null));
    }

    /** Maps a page of participants, reading their organisations' names in one query. */
    public Function<Participant, ParticipantResponse> toResponses(List<Participant> page) {
        List<UUID> ids = page.stream().map(p -> p.organisationId).distinct().toList();
        Map<UUID, String> names = ids.isEmpty() ? Map.of()
                : organisations.list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
        return p -> toResponse(p, names.get(p.organisationId));
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

    private static ParticipantResponse toResponse(Participant p, String organisationName) {
        return new ParticipantResponse(p.id, p.projectId, p.organisationId, organisationName, new ArrayList<>(p.roles),
                p.level, p.status, p.joinedOn, p.leftOn, p.version, p.createdAt, p.updatedAt, p.createdBy,
                p.updatedBy);
    }
}
