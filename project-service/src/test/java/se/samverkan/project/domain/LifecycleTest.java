package se.samverkan.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void participationMovesOneStepForwardOrWithdrawsBeforeCompletion() {
        assertEquals(EnumSet.of(ParticipationStatus.INTERESTED, ParticipationStatus.WITHDRAWN),
                ParticipationStatus.INVITED.next());
        assertTrue(ParticipationStatus.ACTIVE.canMoveTo(ParticipationStatus.COMPLETED));
        assertTrue(ParticipationStatus.ACTIVE.canMoveTo(ParticipationStatus.ACTIVE));
        assertFalse(ParticipationStatus.INVITED.canMoveTo(ParticipationStatus.DECIDED));
        assertFalse(ParticipationStatus.DECIDED.canMoveTo(ParticipationStatus.INTERESTED));
        assertFalse(ParticipationStatus.COMPLETED.canMoveTo(ParticipationStatus.WITHDRAWN));
        assertFalse(ParticipationStatus.WITHDRAWN.canMoveTo(ParticipationStatus.INVITED));
        for (ParticipationStatus status : ParticipationStatus.values()) {
            assertEquals(status != ParticipationStatus.COMPLETED && status != ParticipationStatus.WITHDRAWN,
                    status.canMoveTo(ParticipationStatus.WITHDRAWN) && status != ParticipationStatus.WITHDRAWN,
                    status.name());
        }
    }

    @Test
    void servicePlansOnlyMoveForwardOneStep() {
        assertTrue(ServicePlanStatus.NOT_STARTED.canMoveTo(ServicePlanStatus.DRAFTING));
        assertTrue(ServicePlanStatus.CONSULTATION.canMoveTo(ServicePlanStatus.ADOPTED));
        assertTrue(ServicePlanStatus.ADOPTED.canMoveTo(ServicePlanStatus.ADOPTED));
        assertFalse(ServicePlanStatus.NOT_STARTED.canMoveTo(ServicePlanStatus.ADOPTED));
        assertFalse(ServicePlanStatus.ADOPTED.canMoveTo(ServicePlanStatus.DRAFTING));
    }
}
