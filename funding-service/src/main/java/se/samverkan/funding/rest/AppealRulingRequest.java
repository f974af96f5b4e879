package se.samverkan.funding.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.AppealOutcome;

/** The body of {@code POST /decision-cases/{id}/appeals/{number}/ruling}. */
@Schema(name = "AppealRulingRequest", description = "The administrative court's ruling on an appeal")
public record AppealRulingRequest(
        @NotNull @Schema(required = true, description = "REJECTED (avslås: the decision stands) or QUASHED (upphävs: "
                + "the case's co-funding returns to PROPOSED)", example = "REJECTED") AppealOutcome outcome,
        @NotNull @Schema(required = true, example = "2017-09-12") LocalDate decidedOn) {
}
