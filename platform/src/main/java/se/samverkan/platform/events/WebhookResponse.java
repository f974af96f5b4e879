package se.samverkan.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.samverkan.platform.audit.Actor;

/** A webhook subscription as the API shows it; the secret only in the answer that created it. */
@Schema(name = "Webhook")
public record WebhookResponse(
        UUID id,
        String url,
        @Schema(description = "The event types delivered; empty for all") List<String> eventTypes,
        String description,
        @Schema(description = "The Standard Webhooks signing secret; only in the answer to the POST that created "
                + "the subscription: store it then", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {

    public static WebhookResponse of(WebhookSubscription s) {
        return new WebhookResponse(s.id, s.url, List.copyOf(s.eventTypes), s.description, null, s.version,
                s.createdAt, s.updatedAt, s.createdByActor(), s.updatedByActor());
    }

    public static WebhookResponse withSecret(WebhookSubscription s) {
        return new WebhookResponse(s.id, s.url, List.copyOf(s.eventTypes), s.description, s.secret, s.version,
                s.createdAt, s.updatedAt, s.createdByActor(), s.updatedByActor());
    }
}
