package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.ProjectServiceStandIn;
import se.samverkan.funding.testdata.ProjectServiceStandIn.Hold;

/**
 * A write that checks its references with project-service makes that call before its transaction opens: while
 * project-service is slow to answer, the write holds no database connection (a slow project-service and a burst of
 * writes would otherwise take the whole pool, and every read would answer 503). Each test holds project-service's
 * answer and looks at PostgreSQL meanwhile: no transaction of the service is open and waiting.
 */
@QuarkusTest
class NoConnectionHeldOnProjectServiceTest {

    private static final long WAIT_SECONDS = 20;

    @Inject
    DataSource dataSource;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void restoreTheStandIn() {
        Hold.release();
        ProjectServiceStandIn.stubDefaults();
        breakers.resetAll();
    }

    @Test
    void proposingCoFundingUnderAnIdempotencyKeyHoldsNoConnectionWhileProjectServiceAnswers() throws Exception {
        String project = Funding.newId();
        Map<String, Object> body = Funding.ljungbyCoFunding(project, Funding.newId());
        Response created = whileProjectServiceHolds(project, () -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/co-funding"));
        assertEquals(201, created.statusCode(), created.asString());
    }

    @Test
    void replacingCoFundingHoldsNoConnectionWhileProjectServiceAnswers() throws Exception {
        String project = Funding.newId();
        Map<String, Object> body = Funding.ljungbyCoFunding(project, Funding.newId());
        Response created = given().contentType(ContentType.JSON).body(body).post("/co-funding");
        assertEquals(201, created.statusCode(), created.asString());
        body.put("budgetSource", "kommunstyrelsens medel för landsbygdsutveckling");
        Response replaced = whileProjectServiceHolds(project, () -> given().contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(body)
                .put("/co-funding/" + created.path("id")));
        assertEquals(200, replaced.statusCode(), replaced.asString());
        assertEquals("kommunstyrelsens medel för landsbygdsutveckling", replaced.path("budgetSource"));
    }

    @Test
    void draftingAnApplicationHoldsNoConnectionWhileProjectServiceAnswers() throws Exception {
        String project = Funding.newId();
        Map<String, Object> body = Funding.application(Funding.createCall(Funding.call()), project, 500_000);
        Response created = whileProjectServiceHolds(project, () -> given().contentType(ContentType.JSON).body(body)
                .post("/applications"));
        assertEquals(201, created.statusCode(), created.asString());
    }

    @Test
    void grantingHoldsNoConnectionWhileProjectServiceAnswersWithTheBudget() throws Exception {
        String project = Funding.newId();
        String id = Funding.createApplication(Funding.application(Funding.createCall(Funding.call()), project,
                500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", LocalDate.now().toString()))
                .statusCode(200);
        Map<String, Object> grant = Map.of("grantedAmount", 400_000, "decidedOn", LocalDate.now().toString(),
                "caseNumber", "Ärende " + UUID.randomUUID());
        Response granted = whileProjectServiceHolds(project, () -> given().contentType(ContentType.JSON).body(grant)
                .post("/applications/" + id + "/grant"));
        assertEquals(200, granted.statusCode(), granted.asString());
        assertEquals("GRANTED", granted.path("status"));
    }

    /**
     * Sends the write while project-service holds its answer about the project; once the call waits there, no
     * transaction of this database that began before it is open and idle (holding a connection). Then lets
     * project-service answer and returns the write's response.
     */
    private Response whileProjectServiceHolds(String project, Supplier<Response> write) throws Exception {
        ProjectServiceStandIn.holdStandingOf(project);
        CompletableFuture<Response> response = CompletableFuture.supplyAsync(write);
        try {
            assertTrue(Hold.awaitHeld(WAIT_SECONDS), "the write never called project-service");
            assertEquals(0, transactionsIdleSinceBefore(databaseNow()),
                    "a transaction waits, holding its connection, while project-service answers");
        } finally {
            Hold.release();
        }
        return response.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private Timestamp databaseNow() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement now = c.prepareStatement("select clock_timestamp()");
                ResultSet row = now.executeQuery()) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** Open transactions of this database, idle between statements, that began before the instant. */
    private long transactionsIdleSinceBefore(Timestamp instant) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement open = c.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and state like 'idle in transaction%'
                          and xact_start < ?""")) {
            open.setTimestamp(1, instant);
            try (ResultSet row = open.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
