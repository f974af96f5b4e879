package se.samverkan.project.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationNumber;
import se.samverkan.project.rest.OrganisationRequest;
import se.samverkan.project.rest.OrganisationResponse;

/** Maps without lookups: the county's name, which the response shows, is read by the service and passed in. */
@ApplicationScoped
public class OrganisationMapper {

    public Organisation toEntity(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        apply(request, organisation);
        return organisation;
    }

    /** Copies the request onto the entity; a malformed organisation number is a 400. */
    public void apply(OrganisationRequest request, Organisation organisation) {
        organisation.type = request.type();
        organisation.name = request.name().strip();
        organisation.organisationNumber = organisationNumber(request.organisationNumber());
        organisation.municipalityCode = request.municipalityCode();
        organisation.countyCode = request.countyCode();
    }

    public OrganisationResponse toResponse(Organisation o, String countyName) {
        // A stored number is valid when the API wrote it; one loaded otherwise is shown as stored, without an org-id.
        OrganisationNumber number = o.organisationNumber == null
                || OrganisationNumber.problemIn(o.organisationNumber).isPresent()
                ? null : new OrganisationNumber(o.organisationNumber);
        return new OrganisationResponse(o.id, o.type, o.type.level(), o.name,
                number == null ? o.organisationNumber : number.formatted(),
                number == null ? null : number.orgId(),
                o.municipalityCode, o.countyCode,
                countyName,
                o.referenceData, o.version, o.createdAt, o.updatedAt, o.createdByActor(), o.updatedByActor());
    }

    private static String organisationNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OrganisationNumber.problemIn(text).ifPresent(problem -> {
            throw ProblemException.invalid("organisationNumber", problem);
        });
        return OrganisationNumber.parse(text).digits();
    }
}
