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
import se.samverkan.project.domain.ResultType;
import se.samverkan.project.rest.mapping.ResultMapper;
import se.samverkan.project.service.ResultService;
import se.samverkan.project.service.ResultView;

@Path("/projects/{projectId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "What a project means to achieve: results with indicators (baseline, target and "
        + "actual per period), some measured from the project's own record")
public class ResultResource {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "type", "type",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ResultService service;
    private final ResultMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ResultResource(ResultService service, ResultMapper mapper, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List a project's results", description = "Paged; filter by type. Each with its indicators, "
            + "their periods, actuals (counted from the record for measured indicators) and progress on today's date "
            + "in Sweden.")
    @APIResponse(responseCode = "200", description = "A page of results")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "No such project")
    public PageResponse<ResultResponse> listResults(@PathParam("projectId") UUID projectId,
            @Parameter(description = "OUTPUT, OUTCOME, IMPACT or OTHER", example = "OUTPUT") @QueryParam("type")
            String type,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "title,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "createdAt,asc");
        return service.list(projectId, QueryParams.enumValue("type", type, ResultType.class),
                QueryParams.instant("updatedSince", updatedSince), pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a result", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such project, or no such result in it")
    public Response getResult(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id, @Context Request request) {
        ResultView found = service.get(projectId, id);
        return ETags.okWithTag(request, mapper.toResponse(found), found.result().version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Add a result", description = "With its indicators and their periods. A measured indicator "
            + "(measuredBy) takes no actual: the record counts it. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an invalid field (a negative value, more than "
            + "2 decimals), or a period that ends before it starts")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "An actual entered on a measured indicator, overlapping "
            + "periods, or an Idempotency-Key reused with another body")
    public Response createResult(@PathParam("projectId") UUID projectId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid ResultRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects/" + projectId + "/results", body, () -> {
            ResultView created = service.create(projectId, mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + projectId + "/results/" + created.result().id),
                    mapper.toResponse(created), created.result().version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a result", description = "The whole result with its indicators and periods (enter "
            + "a period's actual here). Needs If-Match with the ETag you read; one that changes nothing keeps its "
            + "version.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an invalid field, or a period that ends "
            + "before it starts")
    @APIResponse(responseCode = "404", description = "No such project, or no such result in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "An actual entered on a measured indicator, or overlapping "
            + "periods")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceResult(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ResultRequest body) {
        ResultView updated = service.replace(projectId, id, IfMatch.require(ifMatch), r -> mapper.apply(body, r));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.result().version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a result", description = "With its indicators and periods. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project, or no such result in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteResult(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
