package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.Management;
import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/** Only an unexpired token from the configured issuer, for this audience and signed with its key, gets in. */
@QuarkusTest
class TokenValidationTest {

    @BeforeEach
    void noTokenUnlessTheTestSendsOne() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void aValidDevTokenGetsIn() {
        given().header("Authorization", Tokens.signedWithTheDevKey(Tokens.claims("viewer")))
                .get("/calls").then().statusCode(200);
    }

    @Test
    void theRetiredServiceRoleReadsNothing() {
        // nothing issues it: the services forward their caller's own token to each other
        given().header("Authorization", Tokens.signedWithTheDevKey(Tokens.claims("service")))
                .get("/calls").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredTokenSayingItHasExpired() {
        String expired = "Bearer " + DevToken.mint("admin", null, null, "dev-admin", Duration.ofHours(-1));
        assertUnauthenticated(expired);
        given().header("Authorization", expired).get("/calls").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"samverkan\", error=\"invalid_token\", "
                        + "error_description=\"The token has expired\""))
                .body("detail", startsWith("The token has expired"));
        given().header("Authorization", "Bearer not-a-token").get("/calls").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"samverkan\", error=\"invalid_token\", "
                        + "error_description=\"The token is not valid\""));
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        Map<String, Object> claims = Tokens.claims("admin");
        claims.put("iss", "https://issuer.example.org");
        assertUnauthenticated(Tokens.signedWithTheDevKey(claims));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        Map<String, Object> claims = Tokens.claims("admin");
        claims.put("aud", "another-service");
        assertUnauthenticated(Tokens.signedWithTheDevKey(claims));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertUnauthenticated(Tokens.signedWithAStrangersKey(Tokens.claims("admin")));
    }

    @Test
    void refusesATokenWhosePayloadWasSwapped() {
        String[] viewer = Tokens.signedWithTheDevKey(Tokens.claims("viewer")).split("\\.");
        String[] admin = Tokens.signedWithTheDevKey(Tokens.claims("admin")).split("\\.");
        assertUnauthenticated(viewer[0] + "." + admin[1] + "." + viewer[2]);
    }

    @Test
    void refusesSomethingThatIsNotABearerJwt() {
        assertUnauthenticated("Bearer not-a-token");
        assertUnauthenticated("Basic YWRtaW46YWRtaW4=");
    }

    @Test
    void refusesAnAlgNoneToken() {
        String[] admin = Tokens.signedWithTheDevKey(Tokens.claims("admin")).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertUnauthenticated("Bearer " + none + "." + admin[1] + ".");
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentAnswerWithoutATokenAndDespiteABrokenOne() {
        String expired = "Bearer " + DevToken.mint("admin", null, null, "dev-admin", Duration.ofHours(-1));
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            Management.given().get(path).then().statusCode(200);
            Management.given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(200);
            Management.given().header("Authorization", expired).get(path).then().statusCode(200);
        }
    }

    /** A read and a write both answer 401 problem+json with a Bearer challenge, and the write creates nothing. */
    private static void assertUnauthenticated(String authorization) {
        Map<String, Object> call = Funding.call();
        given().header("Authorization", authorization).contentType("application/json").body(call)
                .post("/calls").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        given().header("Authorization", authorization).get("/calls").then().statusCode(401);
        given().header("Authorization", Tokens.admin())
                .queryParam("funderOrganisationId", call.get("funderOrganisationId"))
                .get("/calls").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
