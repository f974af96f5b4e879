package se.samverkan.project.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of funding-service's API that project-service reads. Use it through {@link FundingDirectory}. */
@RegisterRestClient(configKey = "funding-api")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface FundingApi {

    @GET
    @Path("projects/{projectId}/financing")
    FinancingView financing(@PathParam("projectId") UUID projectId);
}
