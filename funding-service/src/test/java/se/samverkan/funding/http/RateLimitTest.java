package se.samverkan.funding.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.Management;
import se.samverkan.funding.testdata.MovableClock;

/**
 * The rate limit as a client meets it: a bucket of 3 that fills at 1 a second, per caller, with the service's
 * clock moved by the test instead of waiting.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBucket.class)
class RateLimitTest {

    public static class SmallBucket extends MovableClock.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samverkan.rate-limit.per-second", "1", "samverkan.rate-limit.burst", "3");
        }
    }

    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static int tests;
    private Instant now;

    @BeforeEach
    void everyBucketFull() {
        // an hour later than the test before fills every bucket, whatever that test spent
        now = START.plus(Duration.ofHours(++tests));
        MovableClock.setInstant(now);
        RestAssured.requestSpecification = null; // each request says who sends it
    }

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterUntilItsBucketRefills() {
        String caller = freshToken();
        calls(caller).statusCode(200); // authentication verifies a new token on its first request, counted by address

        calls(caller).statusCode(200).header("RateLimit-Policy", "default;q=3;w=3").header("RateLimit", "default;r=2;t=1");
        calls(caller).statusCode(200).header("RateLimit", "default;r=1;t=2");
        calls(caller).statusCode(200).header("RateLimit", "default;r=0;t=3");
        calls(caller).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("RateLimit", "default;r=0;t=1")
                .body("status", equalTo(429))
                .body("type", containsString("too-many-requests"))
                .body("detail", containsString("retry after 1 s"));

        // another caller has its own bucket, and health (on the management port) is never limited
        String other = freshToken();
        calls(other).statusCode(200);
        calls(other).statusCode(200).header("RateLimit", "default;r=2;t=1");
        for (int i = 0; i < 5; i++) {
            Management.given().get("/q/health/ready").then().statusCode(200).header("RateLimit", nullValue());
        }

        MovableClock.setInstant(now.plusSeconds(1)); // one request's worth back
        calls(caller).statusCode(200).header("RateLimit", "default;r=0;t=3");
        calls(caller).statusCode(429);
        MovableClock.setInstant(now.plusSeconds(5)); // full again
        calls(caller).statusCode(200).header("RateLimit", "default;r=2;t=1");
    }

    @Test
    void requestsWithoutAValidTokenAreCountedByClientAddress() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().get("/calls").then().statusCode(401)
                    .header("RateLimit", "default;r=" + remaining + ";t=" + (3 - remaining));
        }
        given().get("/calls").then().statusCode(429).header("Retry-After", "1");
        // a forged token is no way round it: it is not a verified caller, so it counts against the address too
        given().header("Authorization", "Bearer not.a.token").get("/calls").then().statusCode(429);
    }

    private static String freshToken() {
        return "Bearer " + DevToken.mint("viewer", null, null, "rate-" + UUID.randomUUID(), Duration.ofHours(2000));
    }

    private static ValidatableResponse calls(String token) {
        return given().header("Authorization", token).get("/calls").then();
    }
}
