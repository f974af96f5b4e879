package se.samverkan.funding.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * project-service's bulk reads for the 360Giving export. A client of its own (config key {@code project-export-api})
 * because an export reads thousands of projects and organisations in batches, and the first batch may meet a
 * project-service that has not yet compiled that code: the write checks' short read time-out gave up on it
 * (measured at the benchmark's scale 30, where the whole export then failed with 503). Use it through
 * {@link ProjectDirectory}; the caller's bearer token goes along.
 */
@RegisterRestClient(configKey = "project-export-api")
@RegisterClientHeaders
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface ProjectExportApi {

    @GET
    @Path("organisations")
    Page<OrganisationView> organisations(@QueryParam("id") List<UUID> ids, @QueryParam("size") int size);

    /** Up to 200 projects with their owners and participating municipalities. */
    @GET
    @Path("exports/project-summaries")
    Items<ProjectSummaryView> projectSummaries(@QueryParam("id") List<UUID> ids);
}
