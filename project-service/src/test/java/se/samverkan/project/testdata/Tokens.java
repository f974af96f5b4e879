package se.samverkan.project.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.DevToken;

/** Bearer tokens for tests: the dev tokens of each role, and broken ones for the authentication tests. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String ADMIN = DevToken.mint("admin", null, null);

    private Tokens() {
    }

    public static String admin() {
        return ADMIN;
    }

    /** {@code Bearer <token>} for the role, with the org and county claims its scope reads (either may be null). */
    public static String bearer(String role, String org, String county) {
        return "Bearer " + DevToken.mint(role, org, county);
    }

    public static String bearer(String role) {
        return bearer(role, null, null);
    }

    /** The claims a valid dev token has, for a test to spoil one of them. */
    public static Map<String, Object> validClaims(String role) {
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

    /** The claims signed with the dev key, which the service trusts. */
    public static String signedWithDevKey(Map<String, Object> claims) {
        return sign(claims, devSigningKey());
    }

    /** The claims signed with a key of its own, which the service does not trust. */
    public static String signedWithAnotherKey(Map<String, Object> claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
    }

    private static PrivateKey devSigningKey() {
        try (InputStream in = DevToken.class.getResourceAsStream("/dev-keys/dev-only-signing-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("The dev signing key is not on the test classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
