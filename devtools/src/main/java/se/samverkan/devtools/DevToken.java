package se.samverkan.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
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

/**
 * Mints development tokens (RS256 JWTs) signed with the committed dev-only key, for local runs and tests.
 *
 * <pre>
 * java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.DevToken --role municipality-officer --org ID [--county 07]
 *      [--sub name] [--minutes 480]
 * </pre>
 */
public final class DevToken {

    public static final String ISSUER = "https://samverkan.local/dev-issuer";
    public static final String AUDIENCE = "samverkan";
    public static final List<String> ROLES = List.of("admin", "national-coordinator", "regional-coordinator",
            "municipality-officer", "funder-officer", "viewer");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private DevToken() {
    }

    /** A token for one role; org and county are the claims the role's object-level rules read (may be null). */
    public static String mint(String role, String org, String county, String subject, Duration lifetime) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role + "; one of " + ROLES);
        }
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of(role));
        if (org != null) {
            claims.put("org", org);
        }
        if (county != null) {
            claims.put("county", county);
        }
        return signed(claims);
    }

    /** The claims as a token signed with the dev key (RS256), as {@link #mint} signs them. */
    public static String signed(Map<String, Object> claims) {
        try {
            return signed(claims, signingKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the dev signing key", e);
        }
    }

    /** The claims as a token signed (RS256) with the key. */
    public static String signed(Map<String, Object> claims, PrivateKey key) {
        try {
            String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String signingInput = header + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    public static String mint(String role, String org, String county) {
        return mint(role, org, county, "dev-" + role, Duration.ofHours(8));
    }

    public static void main(String[] args) {
        try {
            System.out.println(fromArguments(args));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println(e instanceof ArrayIndexOutOfBoundsException ? "An option lacks its value" : e.getMessage());
            System.exit(2);
        }
    }

    private static String fromArguments(String[] args) {
        String role = null;
        String org = null;
        String county = null;
        String subject = null;
        long minutes = 480;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--org" -> org = args[++i];
                case "--county" -> county = args[++i];
                case "--sub" -> subject = args[++i];
                case "--minutes" -> minutes = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --role ROLE [--org ID] [--county CC] [--sub NAME] [--minutes N]");
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required: one of " + ROLES);
        }
        return mint(role, org, county, subject == null ? "dev-" + role : subject, Duration.ofMinutes(minutes));
    }

    private static PrivateKey signingKey() throws GeneralSecurityException {
        try (InputStream in = DevToken.class.getResourceAsStream("/dev-keys/dev-only-signing-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("The dev signing key is missing from the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
