package se.samverkan.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.funding.domain.ApplicationStatus.DRAFT;
import static se.samverkan.funding.domain.ApplicationStatus.GRANTED;
import static se.samverkan.funding.domain.ApplicationStatus.REJECTED;
import static se.samverkan.funding.domain.ApplicationStatus.SUBMITTED;
import static se.samverkan.funding.domain.ApplicationStatus.WITHDRAWN;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void aDraftIsSubmittedThenDecidedAndCanBeWithdrawnOnlyBeforeTheDecision() {
        assertTrue(DRAFT.canMoveTo(SUBMITTED));
        assertTrue(SUBMITTED.canMoveTo(GRANTED));
        assertTrue(SUBMITTED.canMoveTo(REJECTED));
        assertEquals(List.of(DRAFT, SUBMITTED), WITHDRAWN.reachedFrom());
        assertFalse(DRAFT.canMoveTo(GRANTED), "a draft is submitted before it is decided");
        assertFalse(GRANTED.canMoveTo(WITHDRAWN), "a decision stands");
        assertFalse(REJECTED.canMoveTo(SUBMITTED));
        assertFalse(SUBMITTED.canMoveTo(SUBMITTED), "submitting twice is refused");
    }

    @Test
    void onlyADraftIsEditableAndOnlyAGrantGrantsMoney() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(status == DRAFT, status.editable(), status.name());
            assertEquals(status == GRANTED, status.grantsMoney(), status.name());
        }
    }
}
