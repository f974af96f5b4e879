package se.samverkan.bench.control;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The two endpoints the benchmark measures beside the services' own: what Quarkus, Hibernate and Jackson cost for
 * the same rows with nothing else (no security, filters, validation, metrics, tracing, ETag or history). Blocking,
 * on a worker thread, as the services' endpoints are.
 */
@Path("/control")
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    /** The fields GET /projects/{id} answers with. */
    public record ProjectBody(UUID id, String code, String name, String description, UUID ownerOrganisationId,
            LocalDate startDate, LocalDate endDate, String status, List<String> objectives, BigDecimal totalBudget,
            long version, Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
    }

    /** The body POST /co-funding takes. */
    public record CoFundingBody(UUID projectId, UUID funderOrganisationId, String kind, String budgetSource,
            List<YearBody> schedule) {
    }

    public record YearBody(int year, BigDecimal amount) {
    }

    @GET
    @Path("/projects/{id}")
    @Transactional
    public ProjectBody project(@PathParam("id") UUID id) {
        ControlProject p = ControlProject.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        return new ProjectBody(p.id, p.code, p.name, p.description, p.ownerOrganisationId, p.startDate, p.endDate,
                p.status, List.copyOf(p.objectives), p.totalBudget, p.version, p.createdAt, p.updatedAt, p.createdBy,
                p.updatedBy);
    }

    @POST
    @Path("/co-funding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response coFunding(CoFundingBody body) {
        ControlCoFunding c = new ControlCoFunding();
        c.id = UUID.randomUUID();
        c.projectId = body.projectId();
        c.funderOrganisationId = body.funderOrganisationId();
        c.kind = body.kind();
        c.budgetSource = body.budgetSource();
        c.status = "PROPOSED";
        c.totalAmount = BigDecimal.ZERO;
        for (YearBody y : body.schedule()) {
            ControlCoFunding.Year year = new ControlCoFunding.Year();
            year.year = y.year();
            year.amount = y.amount();
            c.schedule.add(year);
            c.totalAmount = c.totalAmount.add(y.amount());
        }
        c.createdAt = c.updatedAt = Instant.now();
        c.createdBy = c.updatedBy = "bench-control";
        c.persist();
        return Response.created(URI.create("/control/co-funding/" + c.id)).entity(new IdBody(c.id)).build();
    }

    public record IdBody(UUID id) {
    }
}
