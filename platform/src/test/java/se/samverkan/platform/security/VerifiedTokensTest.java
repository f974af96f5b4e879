package se.samverkan.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

import se.samverkan.devtools.SettableClock;

/**
 * The cache of verified tokens answers for a token the verifier accepted, for a bounded time (five minutes here)
 * and never past the token's expiry, and for nothing else: every other text, and every entry past its time, goes
 * back to the real verifier (counted here).
 */
class VerifiedTokensTest {

    private static final String ISSUER = "https://samverkan.test/issuer";
    private static final Duration TRUST = Duration.ofMinutes(5);
    private static KeyPair keys;
    private static KeyPair otherKeys;

    private final Instant start = Instant.now();
    private SettableClock clock;
    private JWTAuthContextInfo config;
    private CountingVerifier verifier;
    private VerifiedTokens tokens;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    @BeforeEach
    void setUp() {
        clock = new SettableClock(start);
        config = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
        verifier = new CountingVerifier(config);
        tokens = new VerifiedTokens(verifier, config, clock, TRUST, 3);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromTheCache() throws Exception {
        String token = sign(keys, "anna", start, start.plus(Duration.ofHours(1)));

        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);

        assertEquals("anna", first.getSubject());
        assertSame(first, second);
        assertEquals(1, verifier.calls);
    }

    @Test
    void anExpiredEntryGoesBackToTheVerifier() throws Exception {
        String token = sign(keys, "anna", start, start.plus(Duration.ofMinutes(2)));
        tokens.parse(token);

        clock.set(start.plus(Duration.ofMinutes(2)));
        tokens.parse(token);

        assertEquals(2, verifier.calls, "at exp the cache must no longer answer for the token");
    }

    @Test
    void theConfiguredTokenAgeShortensTheEntry() throws Exception {
        config.setTokenAge(120L);
        String token = sign(keys, "anna", start, start.plus(Duration.ofHours(1)));
        tokens.parse(token);

        clock.set(start.plusSeconds(119));
        tokens.parse(token);
        assertEquals(1, verifier.calls);

        clock.set(start.plusSeconds(120));
        tokens.parse(token);
        assertEquals(2, verifier.calls, "past iat + token age the cache must no longer answer for the token");
    }

    @Test
    void aVerificationIsTrustedForTheConfiguredTimeNotUntilExp() throws Exception {
        String token = sign(keys, "anna", start, start.plus(Duration.ofHours(8)));
        tokens.parse(token);

        clock.set(start.plus(TRUST).minusSeconds(1));
        tokens.parse(token);
        assertEquals(1, verifier.calls);

        clock.set(start.plus(TRUST));
        tokens.parse(token);
        assertEquals(2, verifier.calls, "after the trusted time the token is verified again, hours before its exp");
    }

    @Test
    void afterAKeyRotationATokenSignedWithTheRetiredKeyIsRefusedWithinTheTrustedTime() throws Exception {
        String token = sign(keys, "anna", start, start.plus(Duration.ofHours(8)));
        tokens.parse(token);

        verifier.rotateTo(otherKeys);
        clock.set(start.plus(TRUST));

        assertThrows(ParseException.class, () -> tokens.parse(token));
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejectedEveryTimeAndNeverRemembered() throws Exception {
        String forged = sign(otherKeys, "mallory", start, start.plus(Duration.ofHours(1)));

        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertThrows(ParseException.class, () -> tokens.parse(forged));

        assertEquals(2, verifier.calls);
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenAlteredAfterACachedOneIsCheckedOnItsOwn() throws Exception {
        String token = sign(keys, "anna", start, start.plus(Duration.ofHours(1)));
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String otherClaims = sign(keys, "admin", start, start.plus(Duration.ofHours(1))).split("\\.")[1];
        String spliced = parts[0] + "." + otherClaims + "." + parts[2];

        assertThrows(ParseException.class, () -> tokens.parse(spliced));
        assertEquals(2, verifier.calls);
    }

    @Test
    void theCacheStaysWithinItsBound() throws Exception {
        for (int i = 0; i < 7; i++) {
            tokens.parse(sign(keys, "user" + i, start, start.plus(Duration.ofHours(1))));
            assertTrue(tokens.size() <= 3, "size " + tokens.size() + " after " + (i + 1) + " tokens");
        }
        assertEquals(7, verifier.calls);
    }

    private static String sign(KeyPair signer, String subject, Instant issuedAt, Instant expires) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        claims.setStringListClaim("groups", "viewer");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static final class CountingVerifier extends DefaultJWTParser {
        int calls;
        private JWTAuthContextInfo current;

        CountingVerifier(JWTAuthContextInfo config) {
            super(config);
            current = config;
        }

        /** The issuer's keys rotate: from now on only tokens signed with the new pair verify. */
        void rotateTo(KeyPair newKeys) {
            current = new JWTAuthContextInfo(newKeys.getPublic(), ISSUER);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            return super.parse(token, current);
        }
    }
}
