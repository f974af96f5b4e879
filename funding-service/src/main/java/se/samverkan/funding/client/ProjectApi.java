package se.samverkan.funding.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of project-service's API that funding-service reads. Use it through {@link ProjectDirectory}. */
@RegisterRestClient(configKey = "project-api")
@RegisterClientHeaders
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface ProjectApi {

    @GET
    @Path("organisations/{id}")
    OrganisationView organisation(@PathParam("id") UUID id);

    @GET
    @Path("organisations")
    Page<OrganisationView> organisations(@QueryParam("id") List<UUID> ids, @QueryParam("size") int size);

    /** The project, the organisation and its participation in one read; 404 only when there is no such project. */
    @GET
    @Path("projects/{projectId}/standing/{organisationId}")
    StandingView standing(@PathParam("projectId") UUID projectId, @PathParam("organisationId") UUID organisationId);
}
