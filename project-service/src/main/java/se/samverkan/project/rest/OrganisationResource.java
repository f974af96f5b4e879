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

import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.repository.OrganisationRepository;
import se.samverkan.project.rest.mapping.OrganisationMapper;
import se.samverkan.project.service.OrganisationService;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The registry of actors: all 290 municipalities and 21 regions from the start")
public class OrganisationResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "type", "type", "municipalityCode", "municipalityCode",
            "countyCode", "countyCode", "createdAt", "createdAt", "updatedAt", "updatedAt");
    private static final Pattern COUNTY = Pattern.compile("[0-9]{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");

    private final OrganisationService service;
    private final OrganisationMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public OrganisationResource(OrganisationService service, OrganisationMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List organisations", description = "Paged; filter by type, county, municipality, name and ids "
            + "(q: case- and accent-insensitive, so q=alvdalen finds Älvdalen). Sort by name, type, "
            + "municipalityCode, countyCode, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<OrganisationResponse> listOrganisations(
            @Parameter(description = "MUNICIPALITY, REGION, ...", example = "MUNICIPALITY") @QueryParam("type") String type,
            @Parameter(description = "SCB county code", example = "07") @QueryParam("countyCode") String countyCode,
            @Parameter(description = "SCB municipality code", example = "0781") @QueryParam("municipalityCode") String municipalityCode,
            @Parameter(description = "Part of the name", example = "ljungby") @QueryParam("q") String q,
            @Parameter(description = "Only these ids (repeat the parameter, at most 200): one call for many lookups")
            @QueryParam("id") List<String> ids,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "name,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "name,asc");
        OrganisationRepository.Filter filter = new OrganisationRepository.Filter(
                QueryParams.enumValue("type", type, OrganisationType.class),
                QueryParams.matching("countyCode", countyCode, COUNTY, "SCB's two-digit county code"),
                QueryParams.matching("municipalityCode", municipalityCode, MUNICIPALITY,
                        "SCB's four-digit municipality code"),
                QueryParams.text("q", q, 200),
                QueryParams.uuids("id", ids, PageRequest.MAX_SIZE), QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(this::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read an organisation", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public Response getOrganisation(@Parameter(description = "The organisation's id", example = Examples.LJUNGBY) @PathParam("id") UUID id,
            @Context Request request) {
        Organisation organisation = service.get(id);
        return ETags.okWithTag(request, toResponse(organisation), organisation.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Register an organisation", description = "Send an Idempotency-Key to make retries safe: "
            + "the same key and body again return the first response")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field (e.g. organisation number)")
    @APIResponse(responseCode = "409", description = "Already registered (organisation number, municipality, region)")
    @APIResponse(responseCode = "422", description = "Codes that do not fit the type or SCB, or an Idempotency-Key "
            + "reused with another body")
    public Response createOrganisation(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid OrganisationRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /organisations", body, () -> {
            Organisation created = service.create(mapper.toEntity(body));
            return new Created<>(URI.create("/organisations/" + created.id), toResponse(created),
                    created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace an organisation", description = "Needs If-Match with the ETag you read. Reference "
            + "rows (SCB's municipalities and regions) take a new name or organisation number, not new codes.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Would duplicate another organisation")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Codes that do not fit the type or SCB")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "403", description = "Your role may not write the registry, or the organisation is one "
            + "of SCB's reference rows, which only an admin may change")
    public Response replaceOrganisation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationRequest body) {
        Organisation updated = service.replace(id, IfMatch.require(ifMatch), o -> mapper.apply(body, o));
        return Response.ok(toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete an organisation", description = "Needs If-Match. Reference rows and organisations "
            + "that others refer to cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "A reference row, or referred to by others")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "403", description = "Your role may not write the registry, or the organisation is one "
            + "of SCB's reference rows, which only an admin may delete")
    public Response deleteOrganisation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    private OrganisationResponse toResponse(Organisation organisation) {
        return mapper.toResponse(organisation, service.countyName(organisation.countyCode));
    }
}
