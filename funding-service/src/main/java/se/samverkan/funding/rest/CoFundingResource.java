package se.samverkan.funding.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.net.URI;
import java.time.Instant;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.rest.mapping.CoFundingMapper;
import se.samverkan.funding.service.CoFundingService;
import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

@Path("/co-funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Co-funding", description = "Funders' yearly commitments to projects; their status is set by a decision "
        + "case's board decision")
public class CoFundingResource {

    static final String LJUNGBY_EXAMPLE = """
            {"projectId": "5b0c2d43-6a57-4d8e-9f4e-2f1d3c0a7b11",
             "funderOrganisationId": "0a6f1c1e-0781-4000-8000-000000000781",
             "kind": "CASH",
             "budgetSource": "kommunstyrelsens medel avsatta för internationella projekt",
             "schedule": [{"year": 2017, "amount": 40000}, {"year": 2018, "amount": 40000},
                          {"year": 2019, "amount": 40000}]}""";

    private static final Map<String, String> SORTABLE = Map.of("totalAmount", "totalAmount", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final CoFundingService service;
    private final CoFundingMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public CoFundingResource(CoFundingService service, CoFundingMapper mapper, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Produces({MediaType.APPLICATION_JSON, CsvDialect.TEXT_CSV})
    @Operation(summary = "List co-funding", description = "Paged; filter by project, funder, kind and status. With "
            + "Accept: text/csv the same page is a CSV for a Swedish spreadsheet (UTF-8 with BOM, ';', decimal comma), "
            + "one row per commitment and year of its schedule.")
    @APIResponse(responseCode = "200", description = "A page of commitments")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<CoFundingResponse> listCoFunding(
            @QueryParam("projectId") String projectId,
            @Parameter(description = "The committing organisation", example = Examples.LJUNGBY) @QueryParam("funderOrganisationId")
            String funder,
            @Parameter(description = "CASH or IN_KIND") @QueryParam("kind") String kind,
            @Parameter(description = "PROPOSED, APPROVED, REJECTED or WITHDRAWN") @QueryParam("status") String status,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "createdAt,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "createdAt,desc");
        CoFundingRepository.Filter filter = new CoFundingRepository.Filter(QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("funderOrganisationId", funder),
                QueryParams.enumValue("kind", kind, CoFundingKind.class),
                QueryParams.enumValue("status", status, CoFundingStatus.class),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a co-funding commitment", description = "With legallyFinal: approved and past the "
            + "appeal window. Carries its version as ETag; If-None-Match gives 304.")
    @APIResponse(responseCode = "200", description = "The commitment",
            content = @Content(schema = @Schema(implementation = CoFundingResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such commitment, or it did not exist yet (or no longer) at asOf")
    @APIResponse(responseCode = "400", description = "asOf is not an instant with a zone")
    public Response getCoFunding(@PathParam("id") UUID id,
            @Parameter(description = History.AS_OF_DESCRIPTION, example = "2017-04-01T00:00:00Z") @QueryParam("asOf")
            String asOf,
            @Context Request request) {
        Instant instant = History.asOfParameter(asOf);
        if (instant != null) {
            History.Memento<CoFunding> then = service.asOf(id, instant);
            return History.answer(request, mapper.toResponse(then.resource()), then.asOf());
        }
        CoFunding commitment = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(commitment), commitment.version);
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Operation(summary = "Propose a co-funding commitment", description = "Starts as PROPOSED; totalAmount is the "
            + "schedule's sum. Send an Idempotency-Key to make retries safe.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CoFundingRequest.class),
            examples = @ExampleObject(name = "ljungby", summary = "Ljungby: 40 000 SEK a year 2017–2019",
                    value = LJUNGBY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = CoFundingResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an invalid amount (negative, more than 2 "
            + "decimals), a year twice in the schedule, or a status sent by the client")
    @APIResponse(responseCode = "403", description = "Your role may not propose co-funding, or "
            + "funderOrganisationId is not your organisation")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused with another body")
    public Response createCoFunding(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid CoFundingRequest body) {
        CoFunding draft = mapper.toEntity(body);
        service.checkNew(draft);
        return idempotentCreate.create(idempotencyKey, "POST /co-funding", body, () -> {
            CoFunding created = service.create(draft);
            return new Created<>(URI.create("/co-funding/" + created.id), mapper.toResponse(created),
                    created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Replace a co-funding commitment", description = "Needs If-Match. The status is not "
            + "changed here. Once approved, the schedule, kind, project and funder change only by a new decision.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = CoFundingResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not change co-funding, or the commitment or "
            + "the funderOrganisationId you send is another organisation's")
    @APIResponse(responseCode = "404", description = "No such commitment")
    @APIResponse(responseCode = "409", description = "Approved: what the board decided is frozen")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceCoFunding(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CoFundingRequest body) {
        CoFunding updated = service.replace(id, IfMatch.require(ifMatch), c -> mapper.apply(body, c));
        return ok(updated);
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw a proposed commitment", description = "PROPOSED → WITHDRAWN, before the board "
            + "decides. If-Match is optional: when sent, it must name the current version.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = CoFundingResponse.class)))
    @APIResponse(responseCode = "403", description = "Your role may not withdraw co-funding, or the commitment is "
            + "another organisation's")
    @APIResponse(responseCode = "404", description = "No such commitment")
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response withdrawCoFunding(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.withdraw(id, OptionalIfMatch.of(ifMatch)));
    }

    @DELETE
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Delete a commitment", description = "Needs If-Match; not once decided, nor while a "
            + "decision case refers to it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role may not delete co-funding, or the commitment is "
            + "another organisation's")
    @APIResponse(responseCode = "404", description = "No such commitment")
    @APIResponse(responseCode = "409", description = "Decided, or part of a decision case")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteCoFunding(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "A commitment's history",
            description = "Every version, who made it and when (readable after a delete too), and what "
            + "changed; the status changes its decision case made are there too")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a commitment")
    public PageResponse<HistoryEntry> coFundingHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    private Response ok(CoFunding commitment) {
        return Response.ok(mapper.toResponse(commitment)).tag(ETags.entityTag(commitment.version)).build();
    }
}
