package se.samverkan.platform.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import se.samverkan.platform.problem.ProblemException;

/**
 * Who calls, with the claims the object-level rules read: {@code org} (the caller's organisation, for
 * municipality and funder officers) and {@code county} (for regional coordinators).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The token's subject ({@code sub}, else the principal's name); empty for an anonymous caller. */
    public String subject() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public Optional<UUID> organisation() {
        return claim("org").flatMap(value -> {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<String> county() {
        return claim("county");
    }

    /** May personal data (staff e-mail addresses) be shown to this caller? */
    public boolean maySeePersonalData() {
        return isAny(Roles.ADMIN, Roles.NATIONAL_COORDINATOR);
    }

    /** 403 unless the caller acts for this organisation (admins act for all). */
    public void requireOrganisation(UUID organisationId, String what) {
        if (is(Roles.ADMIN)) {
            return;
        }
        if (organisation().filter(organisationId::equals).isEmpty()) {
            throw forbidden("You act for another organisation than the one " + what + " belongs to");
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return Optional.of(text);
    }
}
