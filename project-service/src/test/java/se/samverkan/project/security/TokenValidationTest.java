package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.restassured.RestAssured;

import se.samverkan.devtools.Tokens;
import se.samverkan.platform.security.VerifiedTokens;

/** Only a token from the configured issuer, for this audience, unexpired and signed with its key, gets in. */
@QuarkusTest
class TokenValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    JWTParser parser;

    @BeforeEach
    void withoutTheDefaultAdminToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void aValidTokenGetsIn() {
        given().header("Authorization", Tokens.signedWithTheDevKey(Tokens.claims("viewer")))
                .get("/projects").then().statusCode(200);
    }

    @Test
    void theRetiredServiceRoleReadsNothing() {
        // nothing issues it: the services forward their caller's own token to each other
        given().header("Authorization", Tokens.signedWithTheDevKey(Tokens.claims("service")))
                .get("/projects").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anExpiredTokenIsRefusedSayingItHasExpired() {
        Map<String, Object> claims = Tokens.claims("admin");
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        claims.put("iat", anHourAgo - 3600);
        claims.put("exp", anHourAgo);
        String expired = Tokens.signedWithTheDevKey(claims);
        assertUnauthenticated(expired);
        given().header("Authorization", expired).get("/projects").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"samverkan\", error=\"invalid_token\", "
                        + "error_description=\"The token has expired\""))
                .body("detail", startsWith("The token has expired"));
    }

    @Test
    void garbageIsAGenericInvalidToken() {
        given().header("Authorization", "Bearer not-a-token").get("/projects").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"samverkan\", error=\"invalid_token\", "
                        + "error_description=\"The token is not valid\""));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        Map<String, Object> claims = Tokens.claims("admin");
        claims.put("iss", "https://issuer.example.org");
        assertUnauthenticated(Tokens.signedWithTheDevKey(claims));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Map<String, Object> claims = Tokens.claims("admin");
        claims.put("aud", "another-service");
        assertUnauthenticated(Tokens.signedWithTheDevKey(claims));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertUnauthenticated(Tokens.signedWithAStrangersKey(Tokens.claims("admin")));
    }

    @Test
    void aTokenWhosePayloadWasChangedIsRefused() {
        String[] viewer = Tokens.signedWithTheDevKey(Tokens.claims("viewer")).split("\\.");
        String[] admin = Tokens.signedWithTheDevKey(Tokens.claims("admin")).split("\\.");
        assertUnauthenticated(viewer[0] + "." + admin[1] + "." + viewer[2]);
    }

    @Test
    void verifiedTokensAreRememberedButAChangedCopyOfOneIsStillRefused() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(parser),
                "bearer tokens are verified through the platform's cache of verified tokens");
        String viewer = Tokens.signedWithTheDevKey(Tokens.claims("viewer"));
        given().header("Authorization", viewer).get("/projects").then().statusCode(200);
        given().header("Authorization", viewer).get("/projects").then().statusCode(200);
        given().header("Authorization", viewer).delete("/organisations/" + UUID.randomUUID())
                .then().statusCode(403);

        String[] viewerParts = viewer.split("\\.");
        String[] admin = Tokens.signedWithTheDevKey(Tokens.claims("admin")).split("\\.");
        assertUnauthenticated(viewerParts[0] + "." + admin[1] + "." + viewerParts[2]);
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        assertUnauthenticated("Bearer not-a-token");
        assertUnauthenticated("Basic YWRtaW46YWRtaW4=");
    }

    private static void assertUnauthenticated(String authorization) {
        given().header("Authorization", authorization).contentType("application/json").body("{}")
                .post("/organisations").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().header("Authorization", authorization).get("/projects").then().statusCode(401);
    }
}
