package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;

/** The body of {@code POST /applications} and {@code PUT /applications/{id}} (while a draft). */
@ReadOnlyFieldsOf(ApplicationResponse.class)
@Schema(name = "ApplicationRequest", description = "A project's application to a call; it starts as a DRAFT")
public record ApplicationRequest(
        @NotNull @Schema(required = true) UUID callId,
        @NotNull @Schema(required = true) UUID projectId,
        @NotNull @Schema(required = true, description = "The project owner applying, e.g. Hela Sverige ska leva")
        UUID applicantOrganisationId,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
        @Schema(required = true, description = "SEK", example = "12876000.00") BigDecimal requestedAmount) {
}
