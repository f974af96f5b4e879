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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.ApplicationStatus;
import se.samverkan.funding.repository.ApplicationRepository;
import se.samverkan.funding.rest.mapping.ApplicationMapper;
import se.samverkan.funding.service.ApplicationService;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Projects' applications to calls: DRAFT → SUBMITTED → GRANTED | REJECTED, "
        + "WITHDRAWN before a decision")
public class ApplicationResource {

    private static final Map<String, String> SORTABLE = Map.of("requestedAmount", "requestedAmount",
            "submittedOn", "submittedOn", "decidedOn", "decidedOn", "status", "status", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    private static final String IF_MATCH_OPTIONAL = "If-Match is optional on actions: when sent, it must name "
            + "the current version.";

    private final ApplicationService service;
    private final ApplicationMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ApplicationResource(ApplicationService service, ApplicationMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "List applications", description = "Paged; filter by call, project, applicant and status")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<ApplicationResponse> listApplications(
            @QueryParam("callId") String callId,
            @QueryParam("projectId") String projectId,
            @QueryParam("applicantOrganisationId") String applicant,
            @Parameter(description = "DRAFT, SUBMITTED, GRANTED, REJECTED or WITHDRAWN", example = "GRANTED")
            @QueryParam("status") String status,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "createdAt,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "createdAt,desc");
        ApplicationRepository.Filter filter = new ApplicationRepository.Filter(QueryParams.uuid("callId", callId),
                QueryParams.uuid("projectId", projectId), QueryParams.uuid("applicantOrganisationId", applicant),
                QueryParams.enumValue("status", status, ApplicationStatus.class),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read an application", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such application, or it did not exist yet (or no longer) at asOf")
    @APIResponse(responseCode = "400", description = "asOf is not an instant with a zone")
    public Response getApplication(@PathParam("id") UUID id,
            @Parameter(description = History.AS_OF_DESCRIPTION, example = "2017-04-01T00:00:00Z") @QueryParam("asOf")
            String asOf,
            @Context Request request) {
        Instant instant = History.asOfParameter(asOf);
        if (instant != null) {
            History.Memento<Application> then = service.asOf(id, instant);
            return History.answer(request, mapper.toResponse(then.resource()), then.asOf());
        }
        Application application = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(application), application.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Draft an application", description = "Starts as DRAFT. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field (negative amount, more "
            + "than 2 decimals)")
    @APIResponse(responseCode = "422", description = "No such call, or an Idempotency-Key reused with another body")
    public Response createApplication(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid ApplicationRequest body) {
        Application draft = mapper.toEntity(body);
        service.checkNew(draft);
        return idempotentCreate.create(idempotencyKey, "POST /applications", body, () -> {
            Application created = service.create(draft);
            return new Created<>(URI.create("/applications/" + created.id), mapper.toResponse(created),
                    created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a draft application", description = "Needs If-Match; only while DRAFT")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not a DRAFT any more")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "No such call")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationRequest body) {
        Application updated = service.replace(id, IfMatch.require(ifMatch), a -> mapper.apply(body, a));
        return ok(updated);
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a draft application", description = "Needs If-Match; only while DRAFT")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not a DRAFT: withdraw it instead")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}/submit")
    @Operation(summary = "Submit an application", description = "DRAFT → SUBMITTED, on a day inside the call's "
            + "open window and for an amount inside the call's band. " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or the call is not open on that day (cancelled, "
            + "not yet open, closed): the detail says by how many days")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The requested amount is outside the call's band: the detail "
            + "says by how much")
    public Response submitApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationActions.Submit body) {
        return ok(service.submit(id, OptionalIfMatch.of(ifMatch), body.submittedOn()));
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER})
    @Path("/{id}/grant")
    @Operation(summary = "Grant an application", description = "SUBMITTED → GRANTED, for at most the requested "
            + "amount, inside the call's amount band and at most its maxGrantRate of the project's total budget (in "
            + "project-service). " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Granted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid amount")
    @APIResponse(responseCode = "403", description = "Your role may not decide applications, or the call is "
            + "another funder's")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "More than requested, outside the call's amount band, above "
            + "its maxGrantRate of the project's total budget (or the project has none), or decided before it was "
            + "submitted; the problem names the rule, the limit and the amount")
    public Response grantApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationActions.Grant body) {
        return ok(service.grant(id, OptionalIfMatch.of(ifMatch), body.grantedAmount(), body.decidedOn(), body.caseNumber()));
    }

    @POST
    @RolesAllowed({ADMIN, FUNDER_OFFICER})
    @Path("/{id}/reject")
    @Operation(summary = "Reject an application", description = "SUBMITTED → REJECTED. " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "403", description = "Your role may not decide applications, or the call is "
            + "another funder's")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Decided before it was submitted")
    public Response rejectApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationActions.Reject body) {
        return ok(service.reject(id, OptionalIfMatch.of(ifMatch), body.decidedOn(), body.caseNumber(), body.reason()));
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Withdraw an application", description = "DRAFT or SUBMITTED → WITHDRAWN, before a "
            + "decision. " + IF_MATCH_OPTIONAL)
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response withdrawApplication(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.withdraw(id, OptionalIfMatch.of(ifMatch)));
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "An application's history",
            description = "Every version, who made it and when (readable after a delete too), and what "
            + "changed")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a application")
    public PageResponse<HistoryEntry> applicationHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    private Response ok(Application application) {
        return Response.ok(mapper.toResponse(application)).tag(ETags.entityTag(application.version)).build();
    }
}
