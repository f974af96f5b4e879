package se.samverkan.platform.events;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;

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
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;

/** Webhook subscriptions of partner systems (both services serve them, each for its own events). */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Subscriptions that have this service POST its events to a partner system, "
        + "signed as the Standard Webhooks specification says")
public class WebhookResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    private final Webhooks webhooks;
    private final IdempotentCreate idempotentCreate;

    public WebhookResource(Webhooks webhooks, IdempotentCreate idempotentCreate) {
        this.webhooks = webhooks;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Subscribe a receiver to events", description = "Each event of the chosen types committed "
            + "from now on is POSTed to the url as a CloudEvent with the headers webhook-id (the event's id, the "
            + "same on every retry), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 with the secret). A "
            + "non-2xx answer or no answer is retried with exponential backoff for three days. Redirects are not "
            + "followed. The answer carries the signing secret, once. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Subscribed; store the secret, it is not shown again",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a url that is not absolute http(s), or an "
            + "event type this service does not emit")
    @APIResponse(responseCode = "403", description = "Your role may not subscribe")
    @APIResponse(responseCode = "422", description = "The url's host cannot be resolved or resolves to a loopback, "
            + "private, link-local, unspecified or multicast address; or an Idempotency-Key reused with another body")
    public Response createWebhook(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid WebhookRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /webhooks", body, () -> {
            WebhookSubscription created = webhooks.subscribe(body.url(), body.eventTypes(), body.description());
            return new Created<>(URI.create("/webhooks/" + created.id), WebhookResponse.withSecret(created),
                    created.version);
        });
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "List webhook subscriptions", description = "Newest first; without their secrets")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "400", description = "page or size is invalid")
    public PageResponse<WebhookResponse> listWebhooks(
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return webhooks.list(PageRequest.parse(page, size, null, SORTABLE, "createdAt,desc"), WebhookResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Read a webhook subscription", description = "Without its secret. Carries its version as "
            + "ETag; If-None-Match gives 304.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Response getWebhook(@PathParam("id") UUID id, @Context Request request) {
        WebhookSubscription subscription = webhooks.get(id);
        return ETags.okWithTag(request, WebhookResponse.of(subscription), subscription.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Unsubscribe", description = "Needs If-Match. Stops all deliveries, pending ones too, and "
            + "deletes their record.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteWebhook(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "A subscription's deliveries", description = "Newest first: each event's attempts, the "
            + "receiver's last answer and when the next retry is due")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "status, page or size is invalid")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public PageResponse<WebhookDeliveryResponse> listWebhookDeliveries(@PathParam("id") UUID id,
            @Parameter(description = "PENDING, DELIVERED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size, null, SORTABLE, "createdAt,desc");
        return webhooks.deliveries(id, QueryParams.enumValue("status", status, WebhookDelivery.Status.class),
                pageRequest, WebhookDeliveryResponse::of);
    }
}
