package se.samverkan.funding.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.platform.openapi.Examples;

/** The body of {@code POST /decision-cases} and {@code PUT /decision-cases/{id}}; steps are appended separately. */
@ReadOnlyFieldsOf(DecisionCaseResponse.class)
@Schema(name = "DecisionCaseRequest", description = "A municipal case that decides co-funding")
public record DecisionCaseRequest(
        @NotNull @Schema(required = true, description = "The deciding organisation, e.g. Ljungby kommun",
                example = Examples.LJUNGBY)
        UUID organisationId,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "Diarienummer",
                example = "KS 2017/0123 (example)") String caseNumber,
        @NotBlank @Size(max = 500) @Schema(required = true,
                example = "Medfinansiering av projektet Service i samverkan") String subject,
        @Size(max = 50) @Schema(description = "The co-funding commitments the case decides; each is the organisation's")
        List<@NotNull UUID> coFundingIds) {
}
