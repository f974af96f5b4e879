package se.samverkan.project.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.repository.OrganisationRepository;
import se.samverkan.project.repository.ParticipantRepository;

/** The checks that an organisation named in a body exists, has the right type and takes part in the project. */
@ApplicationScoped
public class ParticipationChecks {

    private final OrganisationRepository organisations;
    private final ParticipantRepository participants;

    public ParticipationChecks(OrganisationRepository organisations, ParticipantRepository participants) {
        this.organisations = organisations;
        this.participants = participants;
    }

    /** The organisation a body field names; 422 when the registry has none. */
    public Organisation existing(UUID id, String field) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.ruleBroken(
                "unknown-organisation", "No organisation " + id + " is registered (" + field + ")",
                List.of(new FieldError(field, "no such organisation"))));
    }

    /** The organisation, which must be of one of the types and take part in the project (not withdrawn). */
    public Organisation participating(UUID projectId, UUID organisationId, String field, Set<OrganisationType> types,
            String expected) {
        Organisation organisation = existing(organisationId, field);
        if (!types.contains(organisation.type)) {
            throw ProblemException.ruleBroken("wrong-organisation-type", organisation.name + " is a "
                    + organisation.type + "; " + field + " must be " + expected,
                    List.of(new FieldError(field, "must be " + expected)));
        }
        if (participants.participatingAmong(projectId, List.of(organisationId)).isEmpty()) {
            throw ProblemException.ruleBroken("not-participating", organisation.name
                    + " does not take part in this project; add it as a participant first",
                    List.of(new FieldError(field, "must be a participant of the project")));
        }
        return organisation;
    }

    /** Every organisation must take part in the project (not withdrawn). Returns them without duplicates. */
    public List<UUID> allParticipating(UUID projectId, List<UUID> organisationIds, String field) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(organisationIds));
        if (distinct.isEmpty()) {
            return distinct;
        }
        Set<UUID> participating = Set.copyOf(participants.participatingAmong(projectId, distinct));
        List<UUID> missing = new ArrayList<>(distinct.stream().filter(id -> !participating.contains(id)).toList());
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(id -> organisations.findByIdOptional(id)
                    .map(o -> o.name + " (" + id + ")").orElse("unknown organisation " + id)).toList();
            throw ProblemException.ruleBroken("not-participating", "Not participants of this project: "
                    + String.join(", ", names) + "; add them as participants first",
                    List.of(new FieldError(field, "every organisation must be a participant of the project")));
        }
        return distinct;
    }

    /** Every organisation must exist and be of one of the types. Returns them without duplicates. */
    public List<UUID> allOfType(List<UUID> organisationIds, String field, Set<OrganisationType> types,
            String expected) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(organisationIds));
        Map<UUID, Organisation> found = new HashMap<>();
        if (!distinct.isEmpty()) {
            organisations.list("id in ?1", distinct).forEach(o -> found.put(o.id, o));
        }
        List<String> wrong = new ArrayList<>();
        for (UUID id : distinct) {
            Organisation o = found.get(id);
            if (o == null) {
                wrong.add("no organisation " + id + " is registered");
            } else if (!types.contains(o.type)) {
                wrong.add(o.name + " is a " + o.type);
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.ruleBroken("wrong-organisation-type", field + " must be " + expected + ": "
                    + String.join("; ", wrong), List.of(new FieldError(field, "must be " + expected)));
        }
        return distinct;
    }
}
