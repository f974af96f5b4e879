package se.samverkan.project.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.Participant;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.repository.OrganisationRepository;
import se.samverkan.project.repository.ParticipantRepository;
import se.samverkan.project.repository.ReferenceRepository;

/** The rules of participation: one per organisation and project, a level from its type, a lifecycle. */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final OrganisationRepository organisations;
    private final ReferenceRepository references;
    private final ProjectService projects;
    private final ParticipationChecks checks;
    private final ProjectEvents events;

    public ParticipantService(ParticipantRepository participants, OrganisationRepository organisations,
            ReferenceRepository references, ProjectService projects, ParticipationChecks checks,
            ProjectEvents events) {
        this.events = events;
        this.participants = participants;
        this.organisations = organisations;
        this.references = references;
        this.projects = projects;
        this.checks = checks;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Participant> list(UUID projectId, ParticipantRepository.Filter filter, PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(participants.search(projectId, filter, page), page);
    }

    /** The names of the participants' organisations by id, read in one query: the responses show them. */
    public Map<UUID, String> organisationNames(Collection<Participant> rows) {
        List<UUID> ids = rows.stream().map(p -> p.organisationId).distinct().toList();
        return ids.isEmpty() ? Map.of()
                : organisations.list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }

    /** An organisation's standing in a project: see {@link ParticipantRepository#standing}; 404 without the project. */
    public ParticipantRepository.Standing standing(UUID projectId, UUID organisationId) {
        return participants.standing(projectId, organisationId)
                .orElseThrow(() -> ProblemException.notFound("Project", projectId));
    }

    public Participant get(UUID projectId, UUID id) {
        projects.get(projectId);
        return participants.findInProject(projectId, id)
                .orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    @Transactional
    public Participant create(UUID projectId, Participant draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        Organisation organisation = checks.existing(draft.organisationId, "organisationId");
        participants.findByOrganisation(projectId, draft.organisationId).ifPresent(existing -> {
            throw ProblemException.conflict("duplicate", organisation.name + " already takes part in this project as "
                    + "participant " + existing.id + " (" + existing.status + "); change that one instead");
        });
        draft.level = organisation.type.level();
        checkDates(draft);
        participants.persistAndFlush(draft);
        events.participantAdded(draft);
        return draft;
    }

    /** Replaces a participant's roles, status and dates; the status moves only along the lifecycle. */
    @Transactional
    public Participant replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<Participant> changes) {
        Participant participant = get(projectId, id);
        ifMatch.check(participant.version);
        UUID organisationId = participant.organisationId;
        ParticipationStatus from = participant.status;
        changes.accept(participant);
        if (!participant.organisationId.equals(organisationId)) {
            throw ProblemException.ruleBroken("organisation-fixed", "A participant stays the same organisation; "
                    + "add the other organisation as a new participant instead",
                    List.of(new FieldError("organisationId", "cannot change")));
        }
        if (!from.canMoveTo(participant.status)) {
            String name = organisations.findByIdOptional(organisationId).map(o -> o.name).orElse("The organisation");
            throw ProblemException.conflict("status-transition", name + " is " + from + " in this project and can "
                    + "move to " + (from.next().isEmpty() ? "no other status" : from.next()) + ", not to "
                    + participant.status + " (INVITED → INTERESTED → DECIDED → ACTIVE → COMPLETED; WITHDRAWN "
                    + "from any state before COMPLETED)");
        }
        checkDates(participant);
        participants.flush();
        if (participant.status != from) {
            events.participantStatusChanged(participant, from);
        }
        return participant;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        projects.getForUpdate(projectId);
        Participant participant = get(projectId, id);
        ifMatch.check(participant.version);
        Map<String, Long> referring = references.toParticipation(projectId, participant.organisationId);
        if (!referring.isEmpty()) {
            String name = organisations.findByIdOptional(participant.organisationId).map(o -> o.name)
                    .orElse("The organisation");
            throw ProblemException.conflict("referenced", name + "'s participation is referred to by "
                    + ReferenceRepository.describe(referring) + " in this project; remove those first, "
                    + "or set the status to WITHDRAWN");
        }
        participants.delete(participant);
        participants.flush();
    }

    private static void checkDates(Participant p) {
        if (p.joinedOn != null && p.leftOn != null && p.leftOn.isBefore(p.joinedOn)) {
            throw ProblemException.ruleBroken("period", "The participant left (" + p.leftOn + ") before it joined ("
                    + p.joinedOn + ")", List.of(new FieldError("leftOn", "must not be before joinedOn")));
        }
    }
}
