package se.samverkan.platform.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;

import se.samverkan.platform.security.Roles;

/**
 * Who is making the current request, as recorded in createdBy/updatedBy and histories: the subject, and the role and
 * organisation it acts in, so that an answer can show those instead of the person ({@link Actor}).
 */
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

    /** The order in which a token's roles name the one a change is recorded under, when it has several. */
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.NATIONAL_COORDINATOR,
            Roles.REGIONAL_COORDINATOR, Roles.MUNICIPALITY_OFFICER, Roles.FUNDER_OFFICER, Roles.VIEWER);

    /** The subject with its role and organisation, as a change records them. */
    public Actor actor() {
        String name = name();
        if (SYSTEM.get() != null) {
            return new Actor(name, Actor.SYSTEM, null);
        }
        SecurityIdentity current = authenticated();
        if (current == null) {
            return new Actor(name, null, null);
        }
        String role = ROLES.stream().filter(current::hasRole).findFirst().orElse(null);
        return new Actor(name, role, organisation(current));
    }

    public String name() {
        String system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        SecurityIdentity current = authenticated();
        return current == null ? ANONYMOUS : current.getPrincipal().getName();
    }

    private SecurityIdentity authenticated() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous() || current.getPrincipal() == null) {
            return null;
        }
        return current;
    }

    private static UUID organisation(SecurityIdentity current) {
        if (!(current.getPrincipal() instanceof JsonWebToken jwt) || jwt.getClaim("org") == null) {
            return null;
        }
        String org = jwt.getClaim("org").toString().replace("\"", "");
        try {
            return UUID.fromString(org);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
