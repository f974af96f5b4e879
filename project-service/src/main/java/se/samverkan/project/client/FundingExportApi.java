package se.samverkan.project.client;

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
 * funding-service's transactions of many projects, for the IATI export. A client of its own (config key
 * {@code funding-export-api}) because a bulk read may take longer than the overview's short read time-out allows.
 * Use it through {@link FundingDirectory}; the caller's bearer token goes along.
 */
@RegisterRestClient(configKey = "funding-export-api")
@RegisterClientHeaders
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface FundingExportApi {

    @GET
    @Path("exports/transactions")
    Items<TransactionView> transactions(@QueryParam("projectId") List<UUID> projectIds);
}
