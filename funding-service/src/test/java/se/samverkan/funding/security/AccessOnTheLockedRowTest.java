package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/**
 * Who may change a row is judged inside the write's transaction, on the row as the write locked it: a commitment
 * handed from Ljungby to Älmhult while Ljungby's officer withdraws it is Älmhult's by the time the withdrawal may
 * touch it, so the withdrawal (If-Match is optional there) is refused and changes nothing. Judged on the state the
 * request found when it came in, it passed the check and then lost the race with a 412, or withdrew Älmhult's
 * commitment had the hand-over committed a moment earlier.
 */
@QuarkusTest
class AccessOnTheLockedRowTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWithdrawalIsJudgedOnTheCommitmentAsItIsWhenLockedNotAsItWasWhenAsked() throws Exception {
        String ljungby = Funding.newId();
        String almhult = Funding.newId();
        String commitment = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), ljungby));

        CompletableFuture<Response> withdrawal;
        try (Connection handOver = dataSource.getConnection()) {
            handOver.setAutoCommit(false);
            // an admin's change of funder, written and holding the row's lock, not yet committed
            try (PreparedStatement update = handOver.prepareStatement("""
                    update co_funding set funder_organisation_id = ?, version = version + 1 where id = ?""")) {
                update.setObject(1, UUID.fromString(almhult));
                update.setObject(2, UUID.fromString(commitment));
                assertEquals(1, update.executeUpdate());
            }
            withdrawal = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, ljungby))
                    .post("/co-funding/" + commitment + "/withdraw"));
            Awaitility.await("the withdrawal waits on the commitment's lock").atMost(Duration.ofMinutes(1))
                    .until(() -> sessionsWaitingOnALock() > 0);
            handOver.commit();
        }

        Response refused = withdrawal.get(1, TimeUnit.MINUTES);
        assertEquals(403, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        given().get("/co-funding/" + commitment).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("funderOrganisationId", equalTo(almhult))
                .header("ETag", equalTo("\"1\""));
    }

    private long sessionsWaitingOnALock() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement waiting = c.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'""");
                ResultSet row = waiting.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
