package se.samverkan.funding.rest.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Appeal;
import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.DecisionStep;
import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.rest.AppealRequest;
import se.samverkan.funding.rest.DecisionCaseRequest;
import se.samverkan.funding.rest.DecisionCaseResponse;
import se.samverkan.funding.rest.DecisionStepRequest;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

@ApplicationScoped
public class DecisionCaseMapper {

    public DecisionCase toEntity(DecisionCaseRequest request) {
        DecisionCase decisionCase = new DecisionCase();
        apply(request, decisionCase);
        return decisionCase;
    }

    public void apply(DecisionCaseRequest request, DecisionCase decisionCase) {
        decisionCase.organisationId = request.organisationId();
        decisionCase.caseNumber = request.caseNumber().strip();
        decisionCase.subject = request.subject().strip();
        decisionCase.replaceCoFunding(request.coFundingIds() == null ? List.of() : request.coFundingIds());
    }

    /** A step with the fields its kind needs: 400 naming each one missing or out of place. */
    public DecisionStep toStep(DecisionStepRequest request) {
        List<FieldError> errors = new ArrayList<>();
        StepKind kind = request.kind();
        if (kind.decides()) {
            requirePresent(errors, kind, "outcome", request.outcome());
            requirePresent(errors, kind, "paragraph", request.paragraph() == null || request.paragraph().isBlank()
                    ? null : request.paragraph());
            requirePresent(errors, kind, "publicNoticeOn", request.publicNoticeOn());
            requireAbsent(errors, "recommendation", request.recommendation(), "a " + kind + " has an outcome");
        } else {
            String why = "only a BOARD_DECISION or COUNCIL_DECISION has it";
            requireAbsent(errors, "outcome", request.outcome(), why + (kind.recommends() ? "; a " + kind
                    + " has a recommendation" : ""));
            requireAbsent(errors, "legalBasis", request.legalBasis(), why);
            requireAbsent(errors, "minutesApprovedOn", request.minutesApprovedOn(), why);
            requireAbsent(errors, "publicNoticeOn", request.publicNoticeOn(), why);
            if (!kind.recommends()) {
                requireAbsent(errors, "recommendation", request.recommendation(), "a " + kind
                        + " sends the matter back without one");
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        DecisionStep step = new DecisionStep();
        step.kind = kind;
        step.date = request.date();
        step.body = request.body().strip();
        step.recommendation = request.recommendation();
        step.outcome = request.outcome();
        step.paragraph = Texts.strip(request.paragraph());
        step.documentUrl = Texts.strip(request.documentUrl());
        step.legalBasis = Texts.strip(request.legalBasis());
        step.minutesApprovedOn = request.minutesApprovedOn();
        step.publicNoticeOn = request.publicNoticeOn();
        return step;
    }

    public Appeal toAppeal(AppealRequest request) {
        Appeal appeal = new Appeal();
        appeal.lodgedOn = request.lodgedOn();
        appeal.court = request.court().strip();
        appeal.courtCaseNumber = request.caseNumber().strip();
        return appeal;
    }

    public DecisionCaseResponse toResponse(DecisionCase c) {
        List<DecisionCaseResponse.Step> steps = new ArrayList<>();
        for (int i = 0; i < c.steps.size(); i++) {
            DecisionStep s = c.steps.get(i);
            steps.add(new DecisionCaseResponse.Step(i + 1, s.kind, s.date, s.body, s.recommendation, s.outcome,
                    s.paragraph, s.documentUrl, s.legalBasis, s.minutesApprovedOn, s.publicNoticeOn));
        }
        List<DecisionCaseResponse.Appeal> appeals = new ArrayList<>();
        for (int i = 0; i < c.appeals.size(); i++) {
            Appeal a = c.appeals.get(i);
            appeals.add(new DecisionCaseResponse.Appeal(i + 1, a.lodgedOn, a.court, a.courtCaseNumber, a.outcome,
                    a.decidedOn));
        }
        List<DecisionCaseResponse.Correction> corrections = c.corrections.stream()
                .map(k -> new DecisionCaseResponse.Correction(k.stepNumber, Arrays.asList(k.changedFields.split(", ")),
                        k.reason, k.correctedByActor(), k.correctedAt))
                .toList();
        List<StepKind> next = c.nextSteps();
        return new DecisionCaseResponse(c.id, c.organisationId, c.caseNumber, c.subject, List.copyOf(c.coFundingIds),
                c.decidingBody, steps, next.isEmpty() ? null : next.get(0), next,
                c.decision().map(s -> s.outcome).orElse(null), c.appealWindowEndsOn().orElse(null), appeals,
                c.appealPending(), corrections, c.version, c.createdAt, c.updatedAt, c.createdByActor(), c.updatedByActor());
    }

    private static void requirePresent(List<FieldError> errors, StepKind kind, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "required for a " + kind));
        }
    }

    private static void requireAbsent(List<FieldError> errors, String field, Object value, String why) {
        if (value != null) {
            errors.add(new FieldError(field, "not allowed here: " + why));
        }
    }
}
