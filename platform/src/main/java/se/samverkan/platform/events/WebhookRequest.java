package se.samverkan.platform.events;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook subscription. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(description = "Where to POST the events: an http or https URL whose host resolves to public "
                + "addresses only", example = "https://partner.example.org/samverkan/events")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The event types wanted; empty or missing for all",
                example = "[\"se.samverkan.co-funding.approved\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Schema(example = "Ljungby kommun, ärendehanteringssystemet") @Size(max = 500) String description) {
}
