package se.samverkan.funding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /decision-cases/{id}/steps/{number}}. */
@Schema(name = "StepCorrectionRequest", description = "The step as it should have been recorded (same kind), and why")
public record StepCorrectionRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, description = "Why the step is corrected; kept in the "
                + "case with who corrected it and when", example = "The minutes give § 88, not § 87") String reason,
        @NotNull @Valid @Schema(required = true) DecisionStepRequest step) {
}
