package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;

/** The bodies of the application's lifecycle actions. */
public final class ApplicationActions {

    private ApplicationActions() {
    }

    @Schema(name = "SubmitApplication")
    public record Submit(@NotNull @Schema(required = true, example = "2017-04-20") LocalDate submittedOn) {
    }

    @Schema(name = "GrantApplication")
    public record Grant(
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(required = true, description = "SEK, at most the requested amount", example = "12876000.00")
            BigDecimal grantedAmount,
            @NotNull @Schema(required = true, example = "2017-08-30") LocalDate decidedOn,
            @NotBlank @Size(max = 100) @Schema(required = true, example = "Ärende 2017-1234 (example)")
            String caseNumber) {
    }

    @Schema(name = "RejectApplication")
    public record Reject(
            @NotNull @Schema(required = true, example = "2017-08-30") LocalDate decidedOn,
            @NotBlank @Size(max = 100) @Schema(required = true, example = "Ärende 2017-1234 (example)")
            String caseNumber,
            @Size(max = 4000) @Schema(example = "Other public co-funding is missing") String reason) {
    }
}
