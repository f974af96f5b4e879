package se.samverkan.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a subscription. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(
        UUID id,
        @Schema(description = "The event's id, sent as webhook-id on every attempt") UUID eventId,
        @Schema(example = "se.samverkan.co-funding.approved") String eventType,
        @Schema(description = "PENDING until a 2xx answer (DELIVERED) or the end of the retry period (FAILED)")
        WebhookDelivery.Status status,
        @Schema(description = "Attempts made so far") int attempts,
        Instant lastAttemptAt,
        @Schema(description = "The receiver's answer to the last attempt; none when it could not be reached")
        Integer lastStatusCode,
        @Schema(description = "Why the last attempt failed", example = "HTTP 500") String lastError,
        @Schema(description = "When it is attempted next, while PENDING") Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {

    public static WebhookDeliveryResponse of(WebhookDelivery d) {
        return new WebhookDeliveryResponse(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastAttemptAt,
                d.lastStatusCode, d.lastError, d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null,
                d.deliveredAt, d.createdAt);
    }
}
