package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.project.domain.Participant;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.repository.ParticipantRepository;
import se.samverkan.project.rest.mapping.ParticipantMapper;
import se.samverkan.project.service.ParticipantService;

@Path("/projects/{projectId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "The organisations taking part in a project, at their level, with their "
        + "roles")
public class ParticipantResource {

    private static final Map<String, String> SORTABLE = Map.of("status", "status", "level", "level", "joinedOn",
            "joinedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ParticipantService service;
    private final ParticipantMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ParticipantResource(ParticipantService service, ParticipantMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List participants", description = "Paged; filter by level, status, role and organisation. "
            + "Sort by status, level, joinedOn, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "No such project")
    public PageResponse<ParticipantResponse> listParticipants(@PathParam("projectId") UUID projectId,
            @Parameter(description = "LOCAL, MUNICIPAL, REGIONAL or NATIONAL",
                    example = "MUNICIPAL") @QueryParam("level") String level,
            @Parameter(description = "Participation status", example = "ACTIVE") @QueryParam("status") String status,
            @Parameter(description = "Participants having this role",
                    example = "PARTNER") @QueryParam("role") String role,
            @Parameter(description = "The organisation's id", example = Examples.LJUNGBY) @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "level,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "level,asc");
        PageResponse<Participant> rows = service.list(projectId, new ParticipantRepository.Filter(
                QueryParams.enumValue("level", level, OrganisationType.Level.class),
                QueryParams.enumValue("status", status, ParticipationStatus.class),
                QueryParams.enumValue("role", role, ParticipantRole.class),
                QueryParams.uuid("organisationId", organisationId),
                QueryParams.instant("updatedSince", updatedSince)), pageRequest);
        Map<UUID, String> names = service.organisationNames(rows.items());
        return rows.map(p -> mapper.toResponse(p, names.get(p.organisationId)));
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a participant", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such project, or no such participant in it")
    public Response getParticipant(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id, @Context Request request) {
        Participant found = service.get(projectId, id);
        return ETags.okWithTag(request, toResponse(found), found.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Add a participant", description = "The level follows from the organisation's type (Ljungby "
            + "kommun: MUNICIPAL). One participant per organisation and project. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The organisation already takes part in the project")
    @APIResponse(responseCode = "422", description = "Unknown organisation, or leftOn before joinedOn, or an "
            + "Idempotency-Key reused with "
            + "another body")
    public Response createParticipant(@PathParam("projectId") UUID projectId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid ParticipantRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects/" + projectId + "/participants", body, () -> {
            Participant created = service.create(projectId, mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + projectId + "/participants/" + created.id),
                    toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a participant", description = "Needs If-Match with the ETag you read. The status "
            + "moves along INVITED → INTERESTED → DECIDED → ACTIVE → COMPLETED, or to WITHDRAWN before COMPLETED; the "
            + "organisation cannot change.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project, or no such participant in it")
    @APIResponse(responseCode = "409", description = "A status change outside the lifecycle")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown organisation, or leftOn before joinedOn")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceParticipant(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ParticipantRequest body) {
        Participant updated = service.replace(projectId, id, IfMatch.require(ifMatch), e -> mapper.apply(body, e));
        return Response.ok(toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a participant", description = "Needs If-Match. A participant that staff, plans, "
            + "solutions or activities of the project refer to cannot be deleted; set it WITHDRAWN instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project, or no such participant in it")
    @APIResponse(responseCode = "409", description = "Staff, plans, solutions or activities refer to the participant; "
            + "the detail names them")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteParticipant(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    private ParticipantResponse toResponse(Participant participant) {
        return mapper.toResponse(participant,
                service.organisationNames(List.of(participant)).get(participant.organisationId));
    }
}
