package se.samverkan.funding.rest;

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

import se.samverkan.funding.domain.CallStatus;
import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.repository.CallRepository;
import se.samverkan.funding.rest.mapping.CallMapper;
import se.samverkan.funding.service.CallService;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Funders' calls for applications, with their rules as data")
public class CallResource {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "opensOn", "opensOn",
            "closesOn", "closesOn", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final CallService service;
    private final CallMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public CallResource(CallService service, CallMapper mapper, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "List calls", description = "Paged; filter by funder and status (status follows from the "
            + "dates unless cancelled). Sort by title, opensOn, closesOn, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of calls")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<CallResponse> listCalls(
            @Parameter(description = "The funder's organisation id") @QueryParam("funderOrganisationId") String funder,
            @Parameter(description = "UPCOMING, OPEN, CLOSED or CANCELLED", example = "OPEN") @QueryParam("status")
            String status,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "opensOn,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "opensOn,desc");
        CallRepository.Filter filter = new CallRepository.Filter(QueryParams.uuid("funderOrganisationId", funder),
                QueryParams.enumValue("status", status, CallStatus.class),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(this::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a call", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such call")
    public Response getCall(@PathParam("id") UUID id, @Context Request request) {
        FundingCall call = service.get(id);
        return ETags.okWithTag(request, toResponse(call), call.version);
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER})
    @Operation(summary = "Publish a call", description = "Send an Idempotency-Key to make retries safe")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field (negative amount, more "
            + "than 2 decimals, a rate above 1)")
    @APIResponse(responseCode = "403", description = "Your role may not publish calls, or funderOrganisationId is "
            + "not your organisation")
    @APIResponse(responseCode = "422", description = "Closes before it opens, minAmount above maxAmount, or an "
            + "Idempotency-Key reused with another body")
    public Response createCall(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid CallRequest body) {
        FundingCall draft = mapper.toEntity(body);
        service.checkNew(draft);
        return idempotentCreate.create(idempotencyKey, "POST /calls", body, () -> {
            FundingCall created = service.create(draft);
            return new Created<>(URI.create("/calls/" + created.id), toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, FUNDER_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Replace a call", description = "Needs If-Match. Set cancelled to true to cancel it.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not change calls, or the call or the "
            + "funderOrganisationId you send is another organisation's")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Closes before it opens, or minAmount above maxAmount")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceCall(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CallRequest body) {
        FundingCall updated = service.replace(id, IfMatch.require(ifMatch), c -> mapper.apply(body, c));
        return Response.ok(toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, FUNDER_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Delete a call", description = "Needs If-Match; only a call without applications")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role may not delete calls, or the call is another "
            + "organisation's")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call has applications; cancel it instead")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteCall(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "A call's history",
            description = "Every version, who made it and when (readable after a delete too), and what changed")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a call")
    public PageResponse<HistoryEntry> callHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    private CallResponse toResponse(FundingCall call) {
        return mapper.toResponse(call, service.today());
    }
}
