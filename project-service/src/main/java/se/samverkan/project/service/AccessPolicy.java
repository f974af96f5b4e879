package se.samverkan.project.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.repository.OrganisationRepository;

/**
 * The object- and property-level rules of project-service, in one place (which roles may call an operation at all
 * is said by {@code @RolesAllowed} on the resources; this says on what): SCB's reference rows of the registry are the
 * admins'; what belongs to one municipality (its service plan, its service solutions) is written by a regional
 * coordinator of its county (claim {@code county}), a municipality officer of the municipality itself (claim
 * {@code org}, plans only) and an admin; personal data is shown to admins and national coordinators only. The
 * services ask it inside the write's transaction, after they locked what the write is judged on (the project, or
 * the organisation), before they write anything: a refusal (403) changes nothing.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;
    private final OrganisationRepository organisations;

    public AccessPolicy(Caller caller, OrganisationRepository organisations) {
        this.caller = caller;
        this.organisations = organisations;
    }

    /**
     * SCB's reference rows (the 290 municipalities and 21 regions) are the admins' to amend; a national coordinator
     * keeps the rest of the registry.
     */
    public void requireOrganisationWriter(Organisation organisation) {
        if (organisation.referenceData && !caller.is(Roles.ADMIN)) {
            throw Caller.forbidden(organisation.name + " is one of SCB's reference rows; only an admin may change "
                    + "or delete it");
        }
    }

    /** May personal data (a staff member's e-mail) be shown to this caller? */
    public boolean maySeePersons() {
        return caller.maySeePersonalData();
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
