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
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.project.domain.Activity;
import se.samverkan.project.domain.ActivityType;
import se.samverkan.project.repository.ActivityRepository;
import se.samverkan.project.rest.mapping.ActivityMapper;
import se.samverkan.project.service.ActivityService;

@Path("/projects/{projectId}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Experience exchange between participants: network meetings, workshops, study "
        + "visits")
public class ActivityResource {

    private static final Map<String, String> SORTABLE = Map.of("date", "heldOn", "title", "title", "type", "type",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ActivityService service;
    private final ActivityMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ActivityResource(ActivityService service, ActivityMapper mapper, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List activities", description = "Paged; filter by type and by an organisation that hosted "
            + "or took part. Sort by date, title, type, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "No such project")
    public PageResponse<ActivityResponse> listActivities(@PathParam("projectId") UUID projectId,
            @Parameter(description = "The kind of activity",
                    example = "NETWORK_MEETING") @QueryParam("type") String type,
            @Parameter(description = "An organisation that hosted or took part")
            @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "date,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "date,asc");
        return service.list(projectId, new ActivityRepository.Filter(
                QueryParams.enumValue("type", type, ActivityType.class),
                QueryParams.uuid("organisationId", organisationId),
                QueryParams.instant("updatedSince", updatedSince)), pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read an activity", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such project, or no such activity in it")
    public Response getActivity(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id, @Context Request request) {
        Activity found = service.get(projectId, id);
        return ETags.okWithTag(request, mapper.toResponse(found), found.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Add an activity", description = "Its host and its participants must take part in the "
            + "project. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "A host or participant that does not take part in the project, "
            + "or an Idempotency-Key reused with "
            + "another body")
    public Response createActivity(@PathParam("projectId") UUID projectId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid ActivityRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects/" + projectId + "/activities", body, () -> {
            Activity created = service.create(projectId, mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + projectId + "/activities/" + created.id),
                    mapper.toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace an activity", description = "Needs If-Match with the ETag you read. The same rules "
            + "as when adding.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project, or no such activity in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "A host or participant that does not take part in the project")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceActivity(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ActivityRequest body) {
        Activity updated = service.replace(projectId, id, IfMatch.require(ifMatch), e -> mapper.apply(body, e));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete an activity", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project, or no such activity in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteActivity(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
