package se.samverkan.funding.mapping;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.DecisionStep;
import se.samverkan.funding.domain.StepKind;
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
        decisionCase.coFundingIds.clear();
        if (request.coFundingIds() != null) {
            decisionCase.coFundingIds.addAll(request.coFundingIds());
        }
    }

    /** A step with the fields its kind needs: 400 naming each one missing or out of place. */
    public DecisionStep toStep(DecisionStepRequest request) {
        List<FieldError> errors = new ArrayList<>();
        boolean board = request.kind() == StepKind.BOARD_DECISION;
        if (board) {
            requirePresent(errors, "outcome", request.outcome());
            requirePresent(errors, "paragraph", request.paragraph() == null || request.paragraph().isBlank()
                    ? null : request.paragraph());
            requirePresent(errors, "publicNoticeOn", request.publicNoticeOn());
            requireAbsent(errors, "recommendation", request.recommendation(), "a board decision has an outcome");
        } else {
            String why = "only a BOARD_DECISION has it";
            requireAbsent(errors, "outcome", request.outcome(), why + "; a " + request.kind() + " has a recommendation");
            requireAbsent(errors, "legalBasis", request.legalBasis(), why);
            requireAbsent(errors, "minutesApprovedOn", request.minutesApprovedOn(), why);
            requireAbsent(errors, "publicNoticeOn", request.publicNoticeOn(), why);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        DecisionStep step = new DecisionStep();
        step.kind = request.kind();
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

    public DecisionCaseResponse toResponse(DecisionCase c) {
        List<DecisionCaseResponse.Step> steps = c.steps.stream()
                .map(s -> new DecisionCaseResponse.Step(s.kind, s.date, s.body, s.recommendation, s.outcome,
                        s.paragraph, s.documentUrl, s.legalBasis, s.minutesApprovedOn, s.publicNoticeOn))
                .toList();
        StepKind next = c.steps.isEmpty() ? StepKind.OFFICIAL_MEMO : c.steps.get(c.steps.size() - 1).kind.next();
        return new DecisionCaseResponse(c.id, c.organisationId, c.caseNumber, c.subject, List.copyOf(c.coFundingIds),
                steps, next, c.boardDecision().map(s -> s.outcome).orElse(null), c.appealWindowEndsOn().orElse(null),
                c.version, c.createdAt, c.updatedAt, c.createdBy, c.updatedBy);
    }

    private static void requirePresent(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "required for a BOARD_DECISION"));
        }
    }

    private static void requireAbsent(List<FieldError> errors, String field, Object value, String why) {
        if (value != null) {
            errors.add(new FieldError(field, "not allowed here: " + why));
        }
    }
}
