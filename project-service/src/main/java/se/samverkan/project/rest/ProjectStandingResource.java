package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.project.rest.mapping.ParticipantMapper;
import se.samverkan.project.service.ParticipantService;

@Path("/projects/{projectId}/standing/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ProjectStandingResource {

    private final ParticipantService service;
    private final ParticipantMapper mapper;

    public ProjectStandingResource(ParticipantService service, ParticipantMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "An organisation's standing in a project", description = "The project's owner and period, "
            + "the organisation (null when the registry has no such id) and its participation (null when it does not "
            + "take part), in one read: what other services check before they refer to a project and an "
            + "organisation together (a co-funder, an applicant).")
    @APIResponse(responseCode = "200", description = "The standing",
            content = @Content(schema = @Schema(implementation = ProjectStandingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectStandingResponse getProjectStanding(@PathParam("projectId") UUID projectId,
            @PathParam("organisationId") UUID organisationId) {
        return mapper.toStanding(service.standing(projectId, organisationId));
    }
}
