package se.samverkan.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is making the current request, as recorded in createdBy/updatedBy and histories. */
@ApplicationScoped
@Unremovable
public class CurrentActor {

    public static final String ANONYMOUS = "anonymous";

    private final Instance<SecurityIdentity> identity;

    public CurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return ANONYMOUS;
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous() || current.getPrincipal() == null) {
            return ANONYMOUS;
        }
        return current.getPrincipal().getName();
    }
}
