package se.samverkan.project.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of funding-service's API that project-service reads. Use it through {@link FundingDirectory}. The
 * caller's bearer token goes along (org.eclipse.microprofile.rest.client.propagateHeaders), so funding-service
 * answers what that caller may read there.
 */
@RegisterRestClient(configKey = "funding-api")
@RegisterClientHeaders
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface FundingApi {

    @GET
    @Path("projects/{projectId}/financing")
    FinancingView financing(@PathParam("projectId") UUID projectId);
}
