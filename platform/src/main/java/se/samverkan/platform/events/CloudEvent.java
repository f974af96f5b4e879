package se.samverkan.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event in the CloudEvents 1.0 JSON format: the same document is stored in the outbox, listed by the feed,
 * posted to webhooks and, with Debezium, written to Kafka.
 */
@Schema(name = "CloudEvent", description = "A change in this service, as a CloudEvents 1.0 JSON event")
public record CloudEvent(
        @Schema(example = "1.0") String specversion,
        @Schema(description = "Unique per event; also the webhook-id of its deliveries") UUID id,
        @Schema(description = "The service that emitted it", example = "https://funding.samverkan.example.org")
        String source,
        @Schema(example = "se.samverkan.co-funding.approved") String type,
        @Schema(description = "The changed resource's path", example = "/co-funding/7f0c1a52-9a4e-4b7e-8e44-0f1d2c3b4a59")
        String subject,
        @Schema(description = "When the change was made") Instant time,
        @Schema(example = "application/json") String datacontenttype,
        @Schema(description = "The resource's ids and the fields of the change; never personal data",
                type = SchemaType.OBJECT)
        Object data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
