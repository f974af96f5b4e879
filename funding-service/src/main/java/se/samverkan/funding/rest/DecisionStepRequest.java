package se.samverkan.funding.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.domain.Verdict;

/** The body of {@code POST /decision-cases/{id}/steps}. */
@Schema(name = "DecisionStepRequest", description = "The next step of the case. A memo or proposal carries a "
        + "recommendation; the board's or council's decision an outcome, its paragraph (§), legal basis, the day its "
        + "minutes were approved (justering) and the day of the public notice (anslag); a referral back (återremiss) "
        + "neither, its paragraph at most.")
public record DecisionStepRequest(
        @NotNull @Schema(required = true, example = "OFFICIAL_MEMO") StepKind kind,
        @NotNull @Schema(required = true, example = "2017-03-07") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Kommunledningsförvaltningen") String body,
        @Schema(description = "OFFICIAL_MEMO, COMMITTEE_PROPOSAL and BOARD_PROPOSAL only", example = "APPROVED")
        Verdict recommendation,
        @Schema(description = "BOARD_DECISION and COUNCIL_DECISION only, required there", example = "APPROVED")
        Verdict outcome,
        @Size(max = 50) @Schema(description = "The minutes' paragraph; required for a decision",
                example = "§ 87 (example)") String paragraph,
        @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.ljungby.se/protokoll/ks-2017-04-11.pdf") String documentUrl,
        @Size(max = 200) @Schema(description = "A decision only", example = "KL 1991:900") String legalBasis,
        @Schema(description = "A decision only: the day the minutes were approved", example = "2017-04-13")
        LocalDate minutesApprovedOn,
        @Schema(description = "A decision only, required there: the day the notice of the approved minutes went "
                + "up on the official notice board; the appeal window is three weeks from it", example = "2017-04-14")
        LocalDate publicNoticeOn) {
}
