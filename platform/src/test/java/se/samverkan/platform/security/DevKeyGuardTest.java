package se.samverkan.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;

/** The development key is recognised by what it is, however it is given to the verifier. */
class DevKeyGuardTest {

    @TempDir
    Path dir;

    @Test
    void recognisesTheDevelopmentKeyUnderAnyFileName() throws Exception {
        Path renamed = Files.writeString(dir.resolve("issuer-2026.pem"), devKeyPem());
        assertTrue(DevKeyGuard.usesDevKey(location(renamed.toString())));
        assertTrue(DevKeyGuard.usesDevKey(location("file:" + renamed)));
        assertTrue(DevKeyGuard.usesDevKey(location(DevKeyGuard.DEV_KEY_RESOURCE)));
    }

    @Test
    void recognisesTheDevelopmentKeyGivenInline() throws Exception {
        JWTAuthContextInfo pem = new JWTAuthContextInfo();
        pem.setPublicKeyContent(devKeyPem());
        assertTrue(DevKeyGuard.usesDevKey(pem), "MP_JWT_VERIFY_PUBLICKEY as PEM");

        JWTAuthContextInfo bare = new JWTAuthContextInfo();
        bare.setPublicKeyContent(KeyUtils.removePemKeyBeginEnd(devKeyPem()));
        assertTrue(DevKeyGuard.usesDevKey(bare), "MP_JWT_VERIFY_PUBLICKEY as bare base64");

        JWTAuthContextInfo key = new JWTAuthContextInfo();
        key.setPublicVerificationKey(devKey());
        assertTrue(DevKeyGuard.usesDevKey(key), "a key object set programmatically");
    }

    @Test
    void recognisesTheDevelopmentKeyInAJwkSet() throws Exception {
        JsonWebKeySet set = new JsonWebKeySet(PublicJsonWebKey.Factory.newPublicJwk(otherKey()),
                PublicJsonWebKey.Factory.newPublicJwk(devKey()));
        Path jwks = Files.writeString(dir.resolve("jwks.json"), set.toJson());
        assertTrue(DevKeyGuard.usesDevKey(location(jwks.toString())));
    }

    @Test
    void acceptsAnyOtherKey() throws Exception {
        PublicKey other = otherKey();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(other.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path named = Files.writeString(dir.resolve("dev-only-verification-key.pem"), pem);
        assertFalse(DevKeyGuard.usesDevKey(location(named.toString())), "the name alone is no dev key");
        JWTAuthContextInfo inline = new JWTAuthContextInfo();
        inline.setPublicKeyContent(pem);
        assertFalse(DevKeyGuard.usesDevKey(inline));
        assertFalse(DevKeyGuard.usesDevKey(location("https://issuer.example/jwks")), "a remote JWKS is not fetched");
    }

    @Test
    void refusesToStartInProductionUnlessAllowed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DevKeyGuard.refuseInProduction(LaunchMode.NORMAL, false));
        assertTrue(refused.getMessage().startsWith("Refusing to start"));
        assertDoesNotThrow(() -> DevKeyGuard.refuseInProduction(LaunchMode.NORMAL, true));
        assertDoesNotThrow(() -> DevKeyGuard.refuseInProduction(LaunchMode.TEST, false));
    }

    private static JWTAuthContextInfo location(String location) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyLocation(location);
        return info;
    }

    private static String devKeyPem() throws Exception {
        try (InputStream in = DevKeyGuardTest.class.getClassLoader()
                .getResourceAsStream(DevKeyGuard.DEV_KEY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static PublicKey devKey() throws Exception {
        return KeyUtils.decodePublicKey(devKeyPem());
    }

    private static PublicKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }
}
