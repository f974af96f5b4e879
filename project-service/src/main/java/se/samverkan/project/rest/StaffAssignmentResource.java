package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.net.URI;
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
import se.samverkan.project.domain.StaffAssignment;
import se.samverkan.project.domain.StaffRole;
import se.samverkan.project.repository.StaffAssignmentRepository;
import se.samverkan.project.rest.mapping.StaffAssignmentMapper;
import se.samverkan.project.service.AccessPolicy;
import se.samverkan.project.service.StaffService;

@Path("/projects/{projectId}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The people working in a project: process leaders, regional and national "
        + "coordinators")
public class StaffAssignmentResource {

    private static final Map<String, String> SORTABLE = Map.of("personName", "personName", "role", "role",
            "startDate", "startDate", "endDate", "endDate", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final StaffService service;
    private final StaffAssignmentMapper mapper;
    private final IdempotentCreate idempotentCreate;
    private final AccessPolicy access;

    public StaffAssignmentResource(StaffService service, StaffAssignmentMapper mapper,
            IdempotentCreate idempotentCreate, AccessPolicy access) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
        this.access = access;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List staff assignments", description = "Paged; filter by role and placement. E-mail "
            + "addresses (personal data) are not listed. Sort by personName, role, startDate, endDate, createdAt or "
            + "updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of staff assignments")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "No such project")
    public PageResponse<StaffAssignmentResponse> listStaffAssignments(@PathParam("projectId") UUID projectId,
            @Parameter(description = "The role", example = "PROCESS_LEADER") @QueryParam("role") String role,
            @Parameter(description = "Where the person is placed", example = Examples.LJUNGBY) @QueryParam("placedAtOrganisationId") String placedAt,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "personName,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "personName,asc");
        return service.list(projectId, new StaffAssignmentRepository.Filter(
                QueryParams.enumValue("role", role, StaffRole.class),
                QueryParams.uuid("placedAtOrganisationId", placedAt),
                QueryParams.instant("updatedSince", updatedSince)), pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a staff assignment", description = "The only answer that includes the e-mail address "
            + "(personal data), and only for admins and national coordinators; other roles get email null. Carries "
            + "its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The staff assignment",
            content = @Content(schema = @Schema(implementation = StaffAssignmentDetailResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such project, or no such staff assignment in it")
    public Response getStaffAssignment(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id, @Context Request request) {
        StaffAssignment found = service.get(projectId, id);
        return ETags.okWithTag(request, mapper.toDetailResponse(found, access.maySeePersons()), found.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Add a staff assignment", description = "E.g. a process leader at 50 % for two years in "
            + "Ljungby: placed at a participating municipality (a regional coordinator at a participating region or "
            + "county board), inside the project period, and no person over 100 % on any day. The answer leaves out "
            + "the e-mail. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = StaffAssignmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "Placement not allowed for the role, a period outside the "
            + "project's, or the person's total FTE over 100 %, or an Idempotency-Key reused with "
            + "another body")
    public Response createStaffAssignment(@PathParam("projectId") UUID projectId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid StaffAssignmentRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects/" + projectId + "/staff", body, () -> {
            StaffAssignment created = service.create(projectId, mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + projectId + "/staff/" + created.id),
                    mapper.toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a staff assignment", description = "Needs If-Match with the ETag you read. The same "
            + "rules as when adding; the answer leaves out the e-mail.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = StaffAssignmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project, or no such staff assignment in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Placement not allowed for the role, a period outside the "
            + "project's, or the person's total FTE over 100 %")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceStaffAssignment(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid StaffAssignmentRequest body) {
        StaffAssignment updated = service.replace(projectId, id, IfMatch.require(ifMatch), e -> mapper.apply(body, e));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a staff assignment", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project, or no such staff assignment in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteStaffAssignment(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
