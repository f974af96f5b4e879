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

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.repository.DecisionCaseRepository;
import se.samverkan.funding.rest.mapping.DecisionCaseMapper;
import se.samverkan.funding.service.DecisionCaseService;
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
import se.samverkan.platform.problem.ProblemException;

@Path("/decision-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decision cases", description = "The municipal path to a decision on co-funding: official memo "
        + "(tjänsteskrivelse) → committee proposal → board decision, or, above the council threshold, → board proposal → "
        + "council decision; any body may refer the matter back (återremiss). Appeals to the administrative court and "
        + "corrections of recorded steps are kept with the case.")
public class DecisionCaseResource {

    private static final String MEMO_EXAMPLE = """
            {"kind": "OFFICIAL_MEMO", "date": "2017-03-07", "body": "Kommunledningsförvaltningen",
             "recommendation": "APPROVED"}""";
    private static final String PROPOSAL_EXAMPLE = """
            {"kind": "COMMITTEE_PROPOSAL", "date": "2017-03-28", "body": "Kommunstyrelsens arbetsutskott",
             "recommendation": "APPROVED"}""";
    private static final String BOARD_EXAMPLE = """
            {"kind": "BOARD_DECISION", "date": "2017-04-11", "body": "Kommunstyrelsen", "outcome": "APPROVED",
             "paragraph": "§ 87 (example)", "legalBasis": "KL 1991:900", "minutesApprovedOn": "2017-04-13",
             "publicNoticeOn": "2017-04-14"}""";

    private static final Map<String, String> SORTABLE = Map.of("caseNumber", "caseNumber", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final DecisionCaseService service;
    private final DecisionCaseMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public DecisionCaseResource(DecisionCaseService service, DecisionCaseMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "List decision cases", description = "Paged; filter by organisation, case number and the "
            + "co-funding a case decides")
    @APIResponse(responseCode = "200", description = "A page of decision cases")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<DecisionCaseResponse> listDecisionCases(
            @Parameter(description = "The deciding organisation", example = Examples.LJUNGBY) @QueryParam("organisationId")
            String organisationId,
            @Parameter(description = "The municipality's case number; case and spaces do not matter, so "
                    + "ks 2017/0123 finds KS 2017/0123", example = "KS 2017/0123 (example)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("caseNumber")
            String caseNumber,
            @QueryParam("coFundingId") String coFundingId,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "createdAt,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "createdAt,desc");
        DecisionCaseRepository.Filter filter = new DecisionCaseRepository.Filter(
                QueryParams.uuid("organisationId", organisationId), QueryParams.text("caseNumber", caseNumber, 100),
                QueryParams.uuid("coFundingId", coFundingId), QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a decision case", description = "With its steps, the next expected step and the "
            + "appeal window. Carries its version as ETag; If-None-Match gives 304.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such case, or it did not exist yet (or no longer) at asOf")
    @APIResponse(responseCode = "400", description = "asOf is not an instant with a zone")
    public Response getDecisionCase(@PathParam("id") UUID id,
            @Parameter(description = History.AS_OF_DESCRIPTION, example = "2017-04-01T00:00:00Z") @QueryParam("asOf")
            String asOf,
            @Context Request request) {
        Instant instant = History.asOfParameter(asOf);
        if (instant != null) {
            History.Memento<DecisionCase> then = service.asOf(id, instant);
            return History.answer(request, mapper.toResponse(then.resource()), then.asOf());
        }
        DecisionCase decisionCase = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(decisionCase), decisionCase.version);
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Operation(summary = "Open a decision case", description = "For the co-funding the organisation commits. Send an "
            + "Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not open cases, or organisationId or a "
            + "co-funding it decides is another organisation's")
    @APIResponse(responseCode = "409", description = "The organisation already has a case with this number")
    @APIResponse(responseCode = "422", description = "Unknown co-funding, co-funding of another organisation, or an "
            + "Idempotency-Key reused with another body")
    public Response createDecisionCase(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid DecisionCaseRequest body) {
        DecisionCase draft = mapper.toEntity(body);
        service.checkNew(draft);
        return idempotentCreate.create(idempotencyKey, "POST /decision-cases", body, () -> {
            DecisionCase created = service.create(draft);
            return new Created<>(URI.create("/decision-cases/" + created.id), mapper.toResponse(created),
                    created.version);
        });
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}/steps")
    @Operation(summary = "Record the next step of a case", description = "In the order OFFICIAL_MEMO → "
            + "COMMITTEE_PROPOSAL → BOARD_DECISION, or, when the case's co-funding totals more than the council "
            + "threshold, OFFICIAL_MEMO → COMMITTEE_PROPOSAL → BOARD_PROPOSAL → COUNCIL_DECISION; instead of its step "
            + "each body may refer the matter back (REFERRAL_BACK), after which it is prepared again from an earlier "
            + "step (the case's allowedNextSteps). Each step is dated no earlier than the one before. An APPROVED or "
            + "REJECTED decision sets the status of the case's co-funding in the same transaction. Send an "
            + "Idempotency-Key to make retries safe.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionStepRequest.class), examples = {
            @ExampleObject(name = "memo", summary = "Ljungby: the memo of 2017-03-07", value = MEMO_EXAMPLE),
            @ExampleObject(name = "proposal", summary = "Ljungby: the working committee's proposal of 2017-03-28",
                    value = PROPOSAL_EXAMPLE),
            @ExampleObject(name = "board", summary = "Ljungby: the board's decision (dates and § are examples)",
                    value = BOARD_EXAMPLE) }))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the case, the body is the case",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or fields that do not fit the kind of step "
            + "(a board or council decision needs outcome, paragraph and publicNoticeOn)")
    @APIResponse(responseCode = "403", description = "Your role may not record steps, or the case is another "
            + "organisation's")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "A step out of order (the problem names the steps allowed "
            + "next), a second decision, a date earlier than the previous step's, a notice before the minutes, or "
            + "withdrawn co-funding")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused with another body")
    public Response addDecisionStep(@PathParam("id") UUID id,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid DecisionStepRequest body) {
        service.checkChange(id);
        return idempotentCreate.create(idempotencyKey, "POST /decision-cases/" + id + "/steps", body, () -> {
            DecisionCase updated = service.addStep(id, mapper.toStep(body));
            return new Created<>(URI.create("/decision-cases/" + id), mapper.toResponse(updated), updated.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}/steps/{number}")
    @Operation(summary = "Correct a recorded step", description = "Needs If-Match (the case's ETag) and a reason. The "
            + "step keeps its kind and its dates stay in order with the steps around it; the correction is kept in the "
            + "case (what changed, who, when, why) and in its history. The case's organisation corrects it until the "
            + "decision is legally final, after that only an admin. A corrected outcome or notice of the decision "
            + "decides the case's co-funding again.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag is set",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, no reason, or fields that do not fit the kind")
    @APIResponse(responseCode = "403", description = "Your role may not correct steps, the case is another "
            + "organisation's, or it is legally final and you are not an admin")
    @APIResponse(responseCode = "404", description = "No such case or step")
    @APIResponse(responseCode = "409", description = "Another kind of step, a date out of order with the steps "
            + "around it, a notice before the minutes, or the decision was quashed")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The correction changes nothing")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response correctDecisionStep(@PathParam("id") UUID id,
            @Parameter(description = "The step's number, from 1", example = "3", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + Integer.MAX_VALUE))
            @PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid StepCorrectionRequest body) {
        DecisionCase updated = service.correctStep(id, number(number, "Step", id), IfMatch.require(ifMatch),
                mapper.toStep(body.step()), body.reason().strip());
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}/appeals")
    @Operation(summary = "Record an appeal of the case's decision", description = "An appeal to the administrative "
            + "court (laglighetsprövning, KL 13 kap.), lodged no earlier than the decision and inside its appeal "
            + "window. While it is pending the decision is not legally final: co-funding that was is no longer, and "
            + "each commitment the decision decided emits co-funding.appealed. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the case, the body is the case",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not record appeals, or the case is another "
            + "organisation's")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "Not decided yet, lodged before the decision or after its "
            + "window, or the decision was quashed")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused with another body")
    public Response addDecisionAppeal(@PathParam("id") UUID id,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid AppealRequest body) {
        service.checkChange(id);
        return idempotentCreate.create(idempotencyKey, "POST /decision-cases/" + id + "/appeals", body, () -> {
            DecisionCase updated = service.addAppeal(id, mapper.toAppeal(body));
            return new Created<>(URI.create("/decision-cases/" + id), mapper.toResponse(updated), updated.version);
        });
    }

    @POST
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}/appeals/{number}/ruling")
    @Operation(summary = "Record the court's ruling on an appeal", description = "REJECTED: the decision stands and "
            + "becomes legally final once its window has passed and no other appeal is pending. QUASHED: the "
            + "decision no longer decides anything; the case's co-funding returns to PROPOSED (co-funding.quashed) "
            + "and is decided in a new case.")
    @APIResponse(responseCode = "200", description = "Recorded; the new ETag is set",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not record rulings, or the case is another "
            + "organisation's")
    @APIResponse(responseCode = "404", description = "No such case or appeal")
    @APIResponse(responseCode = "409", description = "The court already ruled on this appeal, the ruling is dated "
            + "before the appeal, or the decision was quashed")
    public Response ruleOnDecisionAppeal(@PathParam("id") UUID id,
            @Parameter(description = "The appeal's number, from 1", example = "1", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + Integer.MAX_VALUE))
            @PathParam("number") String number,
            @NotNull @Valid AppealRulingRequest body) {
        DecisionCase updated = service.ruleOnAppeal(id, number(number, "Appeal", id), body.outcome(),
                body.decidedOn());
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @PUT
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Replace a decision case", description = "Needs If-Match. Steps are not replaced here. Once "
            + "the board has decided, the organisation and the co-funding it decided cannot change.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = DecisionCaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "403", description = "Your role may not change cases, or the case, organisationId "
            + "or a co-funding it decides is another organisation's")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "Decided already, or a duplicate case number")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown co-funding or co-funding of another organisation")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceDecisionCase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionCaseRequest body) {
        DecisionCase updated = service.replace(id, IfMatch.require(ifMatch), c -> mapper.apply(body, c));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, MUNICIPALITY_OFFICER})
    @Path("/{id}")
    @Operation(summary = "Delete a decision case", description = "Needs If-Match; only a case without steps")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role may not delete cases, or the case is another "
            + "organisation's")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case has steps")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteDecisionCase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "A decision case's history",
            description = "Every version, who made it and when (readable after a delete too), and what "
            + "changed")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "There is not, and never was, such a case")
    public PageResponse<HistoryEntry> decisionCaseHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    /** A step's or appeal's number in the path, from 1; anything else names nothing there (404). */
    private static int number(String value, String what, UUID caseId) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw ProblemException.notFound(what, value + " of decision case " + caseId);
    }
}
