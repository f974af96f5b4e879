package se.samverkan.devtools;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Authorization headers for the services' tests: a dev token per role and scope, and spoilt tokens the service must
 * refuse. Every method answers the whole header value, {@code Bearer <token>}.
 */
public final class Tokens {

    private static final String ADMIN = "Bearer " + DevToken.mint("admin", null, null);

    private Tokens() {
    }

    public static String admin() {
        return ADMIN;
    }

    public static String as(String role) {
        return as(role, null, null);
    }

    /** The role acting for the organisation (null for none): the {@code org} claim. */
    public static String as(String role, String organisationId) {
        return as(role, organisationId, null);
    }

    /** The role with the {@code org} and {@code county} claims its scope reads (either may be null). */
    public static String as(String role, String organisationId, String countyCode) {
        return "Bearer " + DevToken.mint(role, organisationId, countyCode);
    }

    /** The claims of a valid dev token of the role, valid for another hour, for a test to spoil one of them. */
    public static Map<String, Object> claims(String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevToken.ISSUER);
        claims.put("aud", DevToken.AUDIENCE);
        claims.put("sub", "test-" + role);
        claims.put("upn", "test-" + role);
        claims.put("iat", now);
        claims.put("exp", now + Duration.ofHours(1).toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of(role));
        return claims;
    }

    /** The claims signed with the dev key, which the services trust in tests. */
    public static String signedWithTheDevKey(Map<String, Object> claims) {
        return "Bearer " + DevToken.signed(claims);
    }

    /** The claims signed with a fresh key the service has never seen. */
    public static String signedWithAStrangersKey(Map<String, Object> claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + DevToken.signed(claims, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
