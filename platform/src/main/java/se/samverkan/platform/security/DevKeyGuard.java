package se.samverkan.platform.security;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * A service in the prod profile that would verify tokens with the committed development key refuses to
 * start, unless {@code SAMVERKAN_ALLOW_DEV_KEY=true} says this is on purpose (the local run command).
 * <p>
 * The key is recognised by its fingerprint (SHA-256 of its X.509 encoding), not by a file name: every
 * key the verifier would use is read, whatever its source ({@code mp.jwt.verify.publickey} inline,
 * {@code mp.jwt.verify.publickey.location} or {@code smallrye.jwt.verify.key.location} as a file or
 * classpath resource under any name; PEM, a certificate or a JWK set). A key behind an http(s) URL is
 * the issuer's JWKS and is not fetched here.
 */
public class DevKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);
    static final String DEV_KEY_RESOURCE = "samverkan/dev-only-verification-key.pem";

    void check(@Observes StartupEvent event, JWTAuthContextInfo verification, SecurityConfig config) {
        boolean allowed = config.allowDevKey();
        if (!usesDevKey(verification)) {
            LOG.infof("Tokens are verified with %s", describe(verification));
            return;
        }
        refuseInProduction(LaunchMode.current(), allowed);
        LOG.warn("Tokens are verified with the DEVELOPMENT key: anyone can mint them. Never in production.");
    }

    static void refuseInProduction(LaunchMode mode, boolean allowed) {
        if (mode == LaunchMode.NORMAL && !allowed) {
            throw new IllegalStateException("Refusing to start: tokens would be verified with the committed "
                    + "development key. Set JWT_PUBLIC_KEY_LOCATION and JWT_ISSUER to your issuer, or "
                    + "SAMVERKAN_ALLOW_DEV_KEY=true for a local run.");
        }
    }

    /** Would the verifier accept tokens signed with the committed development key? */
    static boolean usesDevKey(JWTAuthContextInfo verification) {
        String devKey = fingerprint(readKeys(readResource(DEV_KEY_RESOURCE)).get(0));
        return keysInUse(verification).stream().map(DevKeyGuard::fingerprint).anyMatch(devKey::equals);
    }

    static List<Key> keysInUse(JWTAuthContextInfo verification) {
        List<Key> keys = new ArrayList<>();
        if (verification.getPublicVerificationKey() != null) {
            keys.add(verification.getPublicVerificationKey());
        }
        if (verification.getPublicKeyContent() != null) {
            keys.addAll(readKeys(verification.getPublicKeyContent()));
        }
        String location = verification.getPublicKeyLocation();
        if (location != null && !location.startsWith(ResourceUtils.HTTP_BASED_SCHEME)) {
            keys.addAll(readKeys(readResource(location)));
        }
        return keys;
    }

    static String fingerprint(Key key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Key> readKeys(String content) {
        String text = content.strip();
        try {
            if (text.startsWith("{")) {
                return KeyUtils.loadJsonWebKeys(text).stream().map(JsonWebKey::getKey)
                        .filter(PublicKey.class::isInstance).toList();
            }
            if (text.contains("BEGIN CERTIFICATE")) {
                return List.of(KeyUtils.decodeCertificate(text));
            }
            return List.of(KeyUtils.decodePublicKey(text));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the verifier reports a key it cannot read on its own; no readable key is no dev key
            return List.of();
        }
    }

    private static String readResource(String location) {
        try {
            String content = ResourceUtils.readResource(location);
            if (content == null) {
                throw new IllegalStateException("No key at " + location);
            }
            return content;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token verification key at " + location, e);
        }
    }

    private static String describe(JWTAuthContextInfo verification) {
        List<String> fingerprints = keysInUse(verification).stream().map(DevKeyGuard::fingerprint).toList();
        if (!fingerprints.isEmpty()) {
            return "the key with SHA-256 fingerprint " + String.join(", ", fingerprints);
        }
        return verification.getPublicKeyLocation() != null ? verification.getPublicKeyLocation()
                : "the configured issuer";
    }
}
