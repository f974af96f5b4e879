package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;

/** The bodies of a report's lifecycle actions. */
public final class ReportActions {

    private ReportActions() {
    }

    @Schema(name = "SubmitReport")
    public record Submit(
            @NotNull @Schema(required = true, description = "Not after today", example = "2018-02-20")
            LocalDate submittedOn,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            @Schema(example = "https://example.org/rapporter/utbetalning-2017.pdf (exempel)") String documentUrl,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(description = "SEK; required for a payment claim, refused for other reports", example = "40000.00")
            BigDecimal amountClaimed) {
    }

    @Schema(name = "ApproveReport")
    public record Approve(
            @NotNull @Schema(required = true, description = "Not before it was submitted", example = "2018-03-15")
            LocalDate decidedOn) {
    }

    @Schema(name = "ReturnReport")
    public record Return(
            @NotNull @Schema(required = true, description = "Not before it was submitted", example = "2018-03-15")
            LocalDate decidedOn,
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "Verifikationer saknas för kvartal 4")
            String reason) {
    }
}
