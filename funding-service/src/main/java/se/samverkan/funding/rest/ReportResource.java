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

import se.samverkan.funding.domain.Report;
import se.samverkan.funding.domain.ReportKind;
import se.samverkan.funding.domain.ReportStatus;
import se.samverkan.funding.repository.ReportRepository;
import se.samverkan.funding.rest.mapping.ReportMapper;
import se.samverkan.funding.service.ReportService;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reporting duties of grants and co-funding: progress reports, payment claims and "
        + "final reports, due, submitted, approved or returned, and overdue from the day after their due date")
public class ReportResource {

    private static final String IF_MATCH_OPTIONAL = "If-Match is checked when sent.";
    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "status", "status", "kind", "kind",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ReportService service;
    private final ReportMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ReportResource(ReportService service, ReportMapper mapper, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "List reports due", description = "Paged, earliest due first; filter by status "
            + "(status=OVERDUE: not submitted by their due date), project, funder, grant, commitment and kind")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<ReportResponse> listReports(
            @Parameter(description = "DUE, OVERDUE, SUBMITTED, APPROVED or RETURNED", example = "OVERDUE")
            @QueryParam("status") String status,
            @QueryParam("projectId") String projectId,
            @Parameter(description = "The funder who approves them") @QueryParam("funderOrganisationId") String funder,
            @QueryParam("applicationId") String applicationId,
            @QueryParam("coFundingId") String coFundingId,
            @Parameter(description = "PROGRESS_REPORT, PAYMENT_CLAIM or FINAL_REPORT") @QueryParam("kind") String kind,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "dueOn,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "dueOn,asc");
        ReportRepository.Filter filter = new ReportRepository.Filter(QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("funderOrganisationId", funder), QueryParams.uuid("applicationId", applicationId),
                QueryParams.uuid("coFundingId", coFundingId), QueryParams.enumValue("kind", kind, ReportKind.class),
                QueryParams.enumValue("status", status, ReportStatus.class),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a report due", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response getReport(@PathParam("id") UUID id, @Context Request request) {
        Report report = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(report), report.version);
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER})
    @Operation(summary = "Schedule a report", description = "A duty the funder asks for beyond its call's rules (a "
            + "grant's schedule is made from them when it is granted), or a co-funder's own: a payment claim "
            + "scheduled against a commitment holds that year's payment until it is approved. One already past its "
            + "due date is OVERDUE at once. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, not exactly one of applicationId and "
            + "coFundingId, or a period that ends before it starts")
    @APIResponse(responseCode = "403", description = "Your role may not schedule reports, or the grant's call or the "
            + "commitment is another organisation's")
    @APIResponse(responseCode = "409", description = "The application is not granted, or the commitment is rejected "
            + "or withdrawn")
    @APIResponse(responseCode = "422", description = "Unknown application or commitment, due before its period "
            + "starts, or an Idempotency-Key reused with another body")
    public Response createReport(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid ReportRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /reports", body, () -> {
            Report created = service.create(mapper.toEntity(body));
            return new Created<>(URI.create("/reports/" + created.id), mapper.toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Change a report's kind, period or due date", description = "Needs If-Match; only before it "
            + "is submitted. An overdue report given a later due date is due again.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or a period that ends before it starts")
    @APIResponse(responseCode = "403", description = "Your role may not change reports, or it is another funder's")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Already submitted")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Due before its period starts, or moved to another grant or "
            + "commitment")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportRequest body) {
        return ok(service.replace(id, IfMatch.require(ifMatch), r -> mapper.apply(body, r)));
    }

    @DELETE
    @RolesAllowed({ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Delete a report scheduled by mistake", description = "Needs If-Match; only before it is "
            + "submitted. The history keeps it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role may not delete reports, or it is another funder's")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Already submitted")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}/submit")
    @Operation(summary = "Submit a report", description = "DUE, OVERDUE or RETURNED → SUBMITTED, with its date (not "
            + "after today), document and, for a payment claim, the amount claimed. " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body; an amount missing on a payment claim or given "
            + "on another report")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Already submitted or approved")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Submitted on a day after today")
    public Response submitReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportActions.Submit body) {
        return ok(service.submit(id, OptionalIfMatch.of(ifMatch), body.submittedOn(),
                body.documentUrl() == null || body.documentUrl().isBlank() ? null : body.documentUrl().strip(),
                body.amountClaimed()));
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER})
    @Path("/{id}/approve")
    @Operation(summary = "Approve a report", description = "SUBMITTED → APPROVED, by its funder. An approved payment "
            + "claim lets the year's payment go. " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "403", description = "Your role may not decide reports, or it is another funder's")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Decided before it was submitted")
    public Response approveReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportActions.Approve body) {
        return ok(service.approve(id, OptionalIfMatch.of(ifMatch), body.decidedOn()));
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER})
    @Path("/{id}/return")
    @Operation(summary = "Send a report back", description = "SUBMITTED → RETURNED, by its funder, with the reason; "
            + "the recipient submits it again (it is overdue once its due date has passed). " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "403", description = "Your role may not decide reports, or it is another funder's")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Decided before it was submitted")
    public Response returnReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportActions.Return body) {
        return ok(service.sendBack(id, OptionalIfMatch.of(ifMatch), body.decidedOn(), body.reason().strip()));
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "A report's history",
            description = "Every version, who made it and when (readable after a delete too)")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a report")
    public PageResponse<HistoryEntry> reportHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    private Response ok(Report report) {
        return Response.ok(mapper.toResponse(report)).tag(ETags.entityTag(report.version)).build();
    }
}
