package se.samverkan.project.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.repository.OrganisationRepository;

/**
 * The object-level rules for what belongs to one municipality (its service plan, its service solutions): a
 * regional coordinator writes for the municipalities of its county (claim {@code county}), a municipality
 * officer for its own municipality (claim {@code org}), an admin for all. Which roles may write at all is
 * said by {@code @RolesAllowed} on the resources; this says where.
 */
@ApplicationScoped
public class MunicipalAccess {

    private final Caller caller;
    private final OrganisationRepository organisations;

    public MunicipalAccess(Caller caller, OrganisationRepository organisations) {
        this.caller = caller;
        this.organisations = organisations;
    }

    /** 403 unless the caller may write a service plan of this municipality. */
    public void requirePlanWriter(UUID municipalityId) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        if (caller.is(Roles.MUNICIPALITY_OFFICER)) {
            caller.requireOrganisation(municipalityId, "the service plan");
            return;
        }
        requireCountyOf(municipalityId, "the service plan's municipality");
    }

    /** 403 unless the caller may write a service solution in this municipality. */
    public void requireSolutionWriter(UUID municipalityId) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        requireCountyOf(municipalityId, "the service solution's municipality");
    }

    private void requireCountyOf(UUID municipalityId, String what) {
        if (!caller.is(Roles.REGIONAL_COORDINATOR)) {
            throw Caller.forbidden("Your role may not write for a municipality");
        }
        // An id the registry does not know lies in no county: the domain rules answer it with 422.
        Organisation municipality = organisations.findByIdOptional(municipalityId).orElse(null);
        if (municipality == null) {
            return;
        }
        if (caller.county().filter(c -> c.equals(municipality.countyCode)).isEmpty()) {
            throw Caller.forbidden("You act for another county than the one " + what + " ("
                    + municipality.name + ") lies in");
        }
    }
}
