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
import java.util.regex.Pattern;

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

import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.repository.DisbursementRepository;
import se.samverkan.funding.rest.mapping.DisbursementMapper;
import se.samverkan.funding.service.DisbursementService;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

@Path("/disbursements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements", description = "Money paid against approved co-funding or granted applications")
public class DisbursementResource {

    private static final Map<String, String> SORTABLE = Map.of("paidOn", "paidOn", "year", "year", "amount", "amount",
            "createdAt", "createdAt");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final DisbursementService service;
    private final DisbursementMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public DisbursementResource(DisbursementService service, DisbursementMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "List disbursements", description = "Paged; filter by commitment, application and year")
    @APIResponse(responseCode = "200", description = "A page of disbursements")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<DisbursementResponse> listDisbursements(
            @QueryParam("coFundingId") String coFundingId,
            @QueryParam("applicationId") String applicationId,
            @Parameter(example = "2017") @QueryParam("year") String year,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "paidOn,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "paidOn,desc");
        String yearText = QueryParams.matching("year", year, YEAR, "a four-digit year");
        DisbursementRepository.Filter filter = new DisbursementRepository.Filter(
                QueryParams.uuid("coFundingId", coFundingId), QueryParams.uuid("applicationId", applicationId),
                yearText == null ? null : Integer.valueOf(yearText),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a disbursement", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The disbursement",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such disbursement")
    public Response getDisbursement(@PathParam("id") UUID id, @Context Request request) {
        Disbursement disbursement = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(disbursement), disbursement.version);
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Operation(summary = "Register a disbursement", description = "Against an APPROVED commitment (never more than "
            + "it commits for the year) or a GRANTED application (never more than granted in total). Concurrent "
            + "payments against one commitment are checked one after the other. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an invalid amount (0 or less, more than 2 "
            + "decimals), or not exactly one of coFundingId and applicationId")
    @APIResponse(responseCode = "403", description = "Your role may not register payments, or the co-funding is "
            + "another organisation's (a municipality officer pays only its own co-funding, never a grant)")
    @APIResponse(responseCode = "409", description = "Not approved or not granted, or over-disbursement: the detail "
            + "says by how much")
    @APIResponse(responseCode = "422", description = "Unknown commitment or application, a year the commitment does "
            + "not cover, or an Idempotency-Key reused with another body")
    public Response createDisbursement(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid DisbursementRequest body) {
        Disbursement draft = mapper.toEntity(body);
        service.checkNew(draft);
        return idempotentCreate.create(idempotencyKey, "POST /disbursements", body, () -> {
            Disbursement created = service.create(draft);
            return new Created<>(URI.create("/disbursements/" + created.id), mapper.toResponse(created),
                    created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Correct a disbursement", description = "Needs If-Match. Checked like a new payment against "
            + "its commitment or grant, leaving out the amount it replaces.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag is set",
            content = @Content(schema = @Schema(implementation = DisbursementResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid amount")
    @APIResponse(responseCode = "403", description = "Your role may not correct payments, or the payment or its "
            + "co-funding is another organisation's")
    @APIResponse(responseCode = "404", description = "No such disbursement")
    @APIResponse(responseCode = "409", description = "Not approved or not granted, or over-disbursement: the detail "
            + "says by how much")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown commitment or application, or a year the commitment "
            + "does not cover")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceDisbursement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DisbursementRequest body) {
        Disbursement updated = service.replace(id, IfMatch.require(ifMatch), d -> mapper.apply(body, d));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Delete a disbursement registered by mistake", description = "Needs If-Match; the history "
            + "keeps it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role may not delete payments, or the payment is "
            + "another organisation's")
    @APIResponse(responseCode = "404", description = "No such disbursement")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteDisbursement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "A disbursement's history",
            description = "Every version, who made it and when (readable after a delete too)")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a disbursement")
    public PageResponse<HistoryEntry> disbursementHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }
}
