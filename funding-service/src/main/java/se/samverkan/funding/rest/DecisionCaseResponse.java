package se.samverkan.funding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.AppealOutcome;
import se.samverkan.funding.domain.DecidingBody;
import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.domain.Verdict;
import se.samverkan.platform.audit.Actor;

/** A decision case as the API shows it. */
@Schema(name = "DecisionCase")
public record DecisionCaseResponse(
        UUID id,
        UUID organisationId,
        @Schema(example = "KS 2017/0123 (example)") String caseNumber,
        @Schema(example = "Medfinansiering av projektet Service i samverkan") String subject,
        List<UUID> coFundingIds,
        @Schema(description = "BOARD (kommunstyrelsen), or COUNCIL (kommunfullmäktige, on the board's proposal) when "
                + "the case's co-funding totals more than the council threshold (SAMVERKAN_DECISION_CASES_COUNCIL_"
                + "THRESHOLD, 1 000 000 SEK unless set); set whenever the case is saved or a step recorded",
                example = "BOARD") DecidingBody decidingBody,
        List<Step> steps,
        @Schema(description = "The step the case expects next on its path; null once decided",
                example = "BOARD_DECISION") StepKind nextStep,
        @Schema(description = "Every step the case may take next: the next on its path, or a REFERRAL_BACK; after a "
                + "referral back, any earlier step of the path. Empty once decided")
        List<StepKind> allowedNextSteps,
        @Schema(description = "The board's or council's decision's outcome, once there is one", example = "APPROVED")
        Verdict outcome,
        @Schema(description = "The last day to appeal: three weeks from the decision's publicNoticeOn, or the next "
                + "weekday when that day is a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton "
                + "(lag (1930:173) om beräkning av lagstadgad tid)", example = "2017-05-05")
        LocalDate appealWindowEndsOn,
        @Schema(description = "Appeals of the decision to the administrative court, oldest first") List<Appeal> appeals,
        @Schema(description = "An appeal awaits the court's ruling: the decision is not legally final meanwhile")
        boolean appealPending,
        @Schema(description = "Corrections of recorded steps, oldest first") List<Correction> corrections,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {

    @Schema(name = "DecisionStep")
    public record Step(
            @Schema(description = "The step's number in the case, from 1; a correction names it", example = "2")
            int number,
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

    @Schema(name = "Appeal", description = "An appeal of the decision (laglighetsprövning, KL 13 kap.)")
    public record Appeal(
            @Schema(description = "The appeal's number in the case, from 1; its ruling names it", example = "1")
            int number,
            @Schema(example = "2017-04-28") LocalDate lodgedOn,
            @Schema(example = "Förvaltningsrätten i Växjö") String court,
            @Schema(example = "1234-17 (example)") String caseNumber,
            @Schema(description = "The court's ruling; null while pending", example = "REJECTED") AppealOutcome outcome,
            LocalDate decidedOn) {
    }

    @Schema(name = "StepCorrection", description = "A correction of a recorded step: what changed, who, when and why")
    public record Correction(
            @Schema(example = "3") int stepNumber,
            @Schema(example = "[\"paragraph\"]") List<String> changedFields,
            @Schema(example = "The minutes give § 88, not § 87") String reason,
            Actor correctedBy,
            Instant correctedAt) {
    }
}
