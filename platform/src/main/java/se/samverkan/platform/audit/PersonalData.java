package se.samverkan.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

import se.samverkan.platform.security.Caller;

/**
 * The one rule for personal data in answers: only admins and national coordinators see persons (a staff member's
 * e-mail, who made a change). Outside a request nobody does.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static boolean callerMaySeePersons() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        try (InstanceHandle<Caller> caller = Arc.container().instance(Caller.class)) {
            return caller.isAvailable() && caller.get().maySeePersonalData();
        }
    }
}
