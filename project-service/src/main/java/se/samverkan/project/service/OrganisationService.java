package se.samverkan.project.service;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Municipality;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.repository.OrganisationRepository;
import se.samverkan.project.repository.ParticipantRepository;
import se.samverkan.project.repository.ReferenceRepository;
import se.samverkan.project.repository.ReferenceDataRepository;

/** The rules of the organisation registry. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ReferenceDataRepository referenceData;
    private final ReferenceRepository references;
    private final ParticipantRepository participants;
    private final AccessPolicy access;

    public OrganisationService(OrganisationRepository organisations, ReferenceDataRepository referenceData,
            ReferenceRepository references, ParticipantRepository participants, AccessPolicy access) {
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.references = references;
        this.participants = participants;
        this.access = access;
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organisation", id));
    }

    /** The name of the county with this code (SCB's, kept in memory), or null for none or an unknown code. */
    public String countyName(String countyCode) {
        return countyCode == null ? null : referenceData.county(countyCode).map(c -> c.name).orElse(null);
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Organisation> list(OrganisationRepository.Filter filter, PageRequest page) {
        return PageResponse.of(organisations.search(filter, page), page);
    }

    @Transactional
    public Organisation create(Organisation draft) {
        draft.referenceData = false;
        deriveCounty(draft);
        checkRules(draft);
        organisations.persistAndFlush(draft);
        return draft;
    }

    /** Replaces an organisation's fields, if the client's If-Match names its current version. */
    @Transactional
    public Organisation replace(UUID id, IfMatch ifMatch, Consumer<Organisation> changes) {
        Organisation organisation = changeable(id);
        ifMatch.check(organisation.version);
        OrganisationType type = organisation.type;
        String municipalityCode = organisation.municipalityCode;
        String countyCode = organisation.countyCode;
        changes.accept(organisation);
        deriveCounty(organisation);
        if (organisation.referenceData && (organisation.type != type
                || !Objects.equals(organisation.municipalityCode, municipalityCode)
                || !Objects.equals(organisation.countyCode, countyCode))) {
            throw ProblemException.ruleBroken("reference-row",
                    organisation.name + " is one of SCB's reference rows: its type and codes cannot change "
                            + "(name and organisation number can)");
        }
        checkRules(organisation);
        if (organisation.type.level() != type.level()) {
            participants.updateLevel(organisation.id, organisation.type.level());
        }
        organisations.flush();
        return organisation;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Organisation organisation = changeable(id);
        ifMatch.check(organisation.version);
        if (organisation.referenceData) {
            throw ProblemException.conflict("reference-row", organisation.name
                    + " is one of SCB's 290 municipalities and 21 regions; reference rows cannot be deleted");
        }
        Map<String, Long> referring = references.toOrganisation(id);
        if (!referring.isEmpty()) {
            throw ProblemException.conflict("referenced", organisation.name + " is referred to by "
                    + ReferenceRepository.describe(referring) + "; remove those references first");
        }
        organisations.delete(organisation);
        organisations.flush();
    }

    /**
     * The organisation locked for this transaction's write, once the caller may change it ({@link AccessPolicy});
     * judged before If-Match, so a refusal says nothing about the row's version.
     */
    private Organisation changeable(UUID id) {
        Organisation organisation = organisations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Organisation", id));
        access.requireOrganisationWriter(organisation);
        return organisation;
    }

    /** A municipality code says the county; an explicit county code must agree with it. */
    private void deriveCounty(Organisation o) {
        if (o.municipalityCode != null) {
            Municipality municipality = referenceData.municipality(o.municipalityCode)
                    .orElseThrow(() -> ProblemException.ruleBroken("unknown-code",
                            "No municipality has SCB code " + o.municipalityCode));
            if (o.countyCode == null) {
                o.countyCode = municipality.countyCode;
            } else if (!o.countyCode.equals(municipality.countyCode)) {
                throw ProblemException.ruleBroken("code-mismatch", "Municipality " + o.municipalityCode + " ("
                        + municipality.name + ") lies in county " + municipality.countyCode + ", not " + o.countyCode
                        + ": a municipality's code starts with its county's");
            }
        }
    }

    /** Codes consistent with the type and with SCB, and nothing registered twice. */
    private void checkRules(Organisation o) {
        if (o.countyCode != null && referenceData.county(o.countyCode).isEmpty()) {
            throw ProblemException.ruleBroken("unknown-code", "No county has SCB code " + o.countyCode);
        }
        switch (o.type) {
            case MUNICIPALITY -> {
                if (o.municipalityCode == null) {
                    throw ProblemException.ruleBroken("code-required", "A municipality needs its municipalityCode");
                }
            }
            case REGION, COUNTY_ADMINISTRATIVE_BOARD -> {
                if (o.countyCode == null || o.municipalityCode != null) {
                    throw ProblemException.ruleBroken("code-required", "A " + o.type
                            + " needs its countyCode and no municipalityCode");
                }
            }
            default -> {
            }
        }
        organisations.findUniqueHolder(o.type, o.municipalityCode, o.countyCode)
                .filter(other -> !other.id.equals(o.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict("duplicate", other.name + " (" + other.id + ") is already the "
                            + o.type + " for " + (o.type == OrganisationType.MUNICIPALITY
                                    ? "municipality " + o.municipalityCode : "county " + o.countyCode));
                });
        if (o.organisationNumber != null) {
            organisations.findByOrganisationNumber(o.organisationNumber)
                    .filter(other -> !other.id.equals(o.id))
                    .ifPresent(other -> {
                        throw ProblemException.conflict("duplicate", "Organisation number "
                                + o.organisationNumber.substring(0, 6) + "-" + o.organisationNumber.substring(6)
                                + " is already registered for " + other.name + " (" + other.id + ")");
                    });
        }
    }
}
