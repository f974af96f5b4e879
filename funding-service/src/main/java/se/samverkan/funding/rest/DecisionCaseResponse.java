package se.samverkan.funding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.domain.Verdict;

/** A decision case as the API shows it. */
@Schema(name = "DecisionCase")
public record DecisionCaseResponse(
        UUID id,
        UUID organisationId,
        @Schema(example = "KS 2017/0123 (example)") String caseNumber,
        @Schema(example = "Medfinansiering av projektet Service i samverkan") String subject,
        List<UUID> coFundingIds,
        List<Step> steps,
        @Schema(description = "The step the case expects next; null once the board has decided",
                example = "BOARD_DECISION") StepKind nextStep,
        @Schema(description = "The board decision's outcome, once there is one", example = "APPROVED") Verdict outcome,
        @Schema(description = "The last day to appeal: three weeks from the decision's publicNoticeOn, or the next "
                + "weekday when that day is a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton "
                + "(lag (1930:173) om beräkning av lagstadgad tid)", example = "2017-05-05")
        LocalDate appealWindowEndsOn,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {

    @Schema(name = "DecisionStep")
    public record Step(
            @Schema(example = "COMMITTEE_PROPOSAL") StepKind kind,
            @Schema(example = "2017-03-28") LocalDate date,
            @Schema(example = "Kommunstyrelsens arbetsutskott") String body,
            Verdict recommendation,
            Verdict outcome,
            String paragraph,
            String documentUrl,
            String legalBasis,
            LocalDate minutesApprovedOn,
            LocalDate publicNoticeOn) {
    }
}
