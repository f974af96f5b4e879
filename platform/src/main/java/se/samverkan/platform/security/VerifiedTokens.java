package se.samverkan.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once, not on every request. A client (a partner system, a dashboard, the other
 * service forwarding its caller's token) sends the same token for as long as it lives, and checking its RSA
 * signature and parsing its claims again each time was a quarter of the CPU of a single-row GET (JFR, see
 * bench/results). So a token that smallrye-jwt's verifier accepted is remembered, keyed by its exact text, for
 * {@code samverkan.security.verified-token-ttl} (5 minutes): then it goes to the verifier again, so after the
 * issuer's keys rotate a token signed with a retired key is refused within that time, however far away its
 * {@code exp} is. The cache never accepts a token longer than the verifier would either: an entry is dropped
 * at the token's {@code exp} (and at its {@code iat} plus the configured maximum token age, when one is set),
 * if that comes sooner. Rejections are not remembered, so an invalid token costs the full check.
 * <p>
 * Bounded: at {@value #MAX_ENTRIES} tokens the expired ones are dropped, and if that frees nothing the cache
 * starts again empty, which costs one verification per live token and never a wrong answer.
 * <p>
 * Replaces smallrye-jwt's parser for Quarkus's bearer-token mechanism; {@link #parse(String, JWTAuthContextInfo)}
 * and the explicit-key methods are passed through uncached, since their outcome depends on arguments the
 * token text does not capture.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /**
     * A remembered token with its parsed claims takes a few kilobytes of a 128 MB heap (jvm.options): 2 000 of
     * them, well over the people and systems using one service at a time, stay under 10 MB.
     */
    static final int MAX_ENTRIES = 2_000;

    private record Verified(JsonWebToken token, Instant validUntil) {
    }

    private final DefaultJWTParser verifier;
    private final JWTAuthContextInfo config;
    private final Clock clock;
    private final Duration trust;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo config, Clock clock,
            SecurityConfig security) {
        this(verifier, config, clock, security.verifiedTokenTtl(), MAX_ENTRIES);
    }

    VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo config, Clock clock, Duration trust,
            int maxEntries) {
        this.verifier = verifier;
        this.config = config;
        this.clock = clock;
        this.trust = trust;
        this.maxEntries = maxEntries;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(bearerToken);
        if (known != null) {
            if (now.isBefore(known.validUntil())) {
                return known.token();
            }
            verified.remove(bearerToken, known);
        }
        JsonWebToken token = verifier.parse(bearerToken);
        Instant validUntil = validUntil(token, now);
        if (now.isBefore(validUntil)) {
            makeRoom(now);
            verified.put(bearerToken, new Verified(token, validUntil));
        }
        return token;
    }

    /**
     * The subject of a token verified earlier and still trusted, without verifying anything: for a caller's rate
     * limit, which runs on the event loop, where a verification (perhaps fetching the issuer's keys) must not.
     */
    public Optional<String> knownSubject(String bearerToken) {
        Verified known = verified.get(bearerToken);
        if (known == null || !clock.instant().isBefore(known.validUntil())) {
            return Optional.empty();
        }
        return Optional.ofNullable(known.token().getSubject());
    }

    /** How many tokens are remembered now (for tests and diagnostics). */
    int size() {
        return verified.size();
    }

    private Instant validUntil(JsonWebToken token, Instant now) {
        Instant until = Instant.ofEpochSecond(token.getExpirationTime());
        if (now.plus(trust).isBefore(until)) {
            until = now.plus(trust);
        }
        Long maxAge = config.getTokenAge();
        if (maxAge != null && token.getIssuedAtTime() > 0) {
            Instant ageLimit = Instant.ofEpochSecond(token.getIssuedAtTime() + maxAge);
            if (ageLimit.isBefore(until)) {
                until = ageLimit;
            }
        }
        return until;
    }

    private void makeRoom(Instant now) {
        if (verified.size() < maxEntries) {
            return;
        }
        verified.values().removeIf(v -> !now.isBefore(v.validUntil()));
        if (verified.size() >= maxEntries) {
            verified.clear();
        }
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
