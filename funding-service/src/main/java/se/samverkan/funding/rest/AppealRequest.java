package se.samverkan.funding.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /decision-cases/{id}/appeals}. */
@Schema(name = "AppealRequest", description = "An appeal of the case's decision to the administrative court "
        + "(laglighetsprövning, KL 13 kap.), lodged inside the appeal window")
public record AppealRequest(
        @NotNull @Schema(required = true, description = "The day the appeal reached the court", example = "2017-04-28")
        LocalDate lodgedOn,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Förvaltningsrätten i Växjö") String court,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "The court's case number (målnummer)",
                example = "1234-17 (example)") String caseNumber) {
}
