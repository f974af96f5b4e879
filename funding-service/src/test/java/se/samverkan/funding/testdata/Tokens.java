package se.samverkan.funding.testdata;

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
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.DevToken;

/** Authorization headers for tests: a dev token per role and scope, and spoilt tokens the service must refuse. */
public final class Tokens {

    private static final String ADMIN = "Bearer " + DevToken.mint("admin", null, null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    public static String admin() {
        return ADMIN;
    }

    /** {@code Bearer <dev token>} of the role acting for the organisation (null for none). */
    public static String as(String role, String organisationId) {
        return "Bearer " + DevToken.mint(role, organisationId, null);
    }

    /** The claims of a valid dev token of the role, valid for ten more minutes, for a test to spoil one of them. */
    public static Map<String, Object> claims(String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", DevToken.ISSUER);
        claims.put("aud", DevToken.AUDIENCE);
        claims.put("sub", "test-" + role);
        claims.put("upn", "test-" + role);
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of(role));
        return claims;
    }

    /** {@code Bearer <token>} with the claims, signed with the dev key the service trusts in tests. */
    public static String signedWithTheDevKey(Map<String, Object> claims) {
        return "Bearer " + sign(claims, devKey());
    }

    /** {@code Bearer <token>} with the claims, signed with a fresh key the service has never seen. */
    public static String signedWithAStrangersKey(Map<String, Object> claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + sign(claims, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String header = BASE64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
                    .getBytes(StandardCharsets.UTF_8));
            String payload = BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Could not sign the test token", e);
        }
    }

    private static PrivateKey devKey() {
        try (InputStream in = DevToken.class.getResourceAsStream("/dev-keys/dev-only-signing-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("The dev signing key is not on the test classpath");
            }
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
