package se.samverkan.platform.audit;

import java.util.function.Supplier;

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
    private static final ThreadLocal<String> SYSTEM = new ThreadLocal<>();

    private final Instance<SecurityIdentity> identity;

    public CurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /**
     * Runs work that the service does by itself (a scheduled check), recorded as made by {@code system:<what>}
     * rather than by an anonymous caller.
     */
    public static <T> T asSystem(String what, Supplier<T> work) {
        String before = SYSTEM.get();
        SYSTEM.set("system:" + what);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(before);
            }
        }
    }

    public String name() {
        String system = SYSTEM.get();
        if (system != null) {
            return system;
        }
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
