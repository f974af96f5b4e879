package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.KeptTotals;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

/**
 * GET /stats/funding reads totals that triggers keep in step with every write (V2__funding_totals.sql). These
 * tests make the writes a finance officer's day consists of, through the API and by plain SQL, and check after
 * each that the figures are exactly what adding up the rows gives; and that a rebuild from all rows finds the
 * kept totals unchanged. Other tests write to the same database, so a shared group (a year) is checked by its
 * change, a fresh funder's or call's group by its value.
 */
@QuarkusTest
class FundingTotalsTest {

    /** The figures of one group, two decimals. */
    record Figures(BigDecimal granted, BigDecimal approvedCoFunding, BigDecimal disbursed) {

        static final Figures NONE = of(0, 0, 0);

        static Figures of(long granted, long approvedCoFunding, long disbursed) {
            return new Figures(sek(granted), sek(approvedCoFunding), sek(disbursed));
        }

        Figures minus(Figures other) {
            return new Figures(granted.subtract(other.granted), approvedCoFunding.subtract(other.approvedCoFunding),
                    disbursed.subtract(other.disbursed));
        }
    }

    /** A group as the endpoint or the reference query lists it. */
    record Group(String key, Figures figures) {
    }

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void coFundingCountsOnceApprovedAndItsDisbursementsAsTheyArePaidChangedAndTakenBack() throws SQLException {
        int year = 2150 + ThreadLocalRandom.current().nextInt(40);
        String funder = Funding.newId();
        Figures yearBefore = yearFigures(year);

        String commitment = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(year, 10_000, year + 1, 5_000)));
        String withdrawn = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(year, 1_000)));
        Funding.post("/co-funding/" + withdrawn + "/withdraw", Map.of()).statusCode(200);
        String deleted = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "IN_KIND",
                Funding.schedule(year, 2_000)));
        given().header("If-Match", "\"0\"").delete("/co-funding/" + deleted).then().statusCode(204);
        String rejected = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(year, 3_000)));
        Funding.decide(rejected, funder, "REJECTED");
        assertNull(figures("funder", funder), "proposed, withdrawn, deleted and rejected commitments count nothing");
        assertEquals(Figures.NONE, yearFigures(year).minus(yearBefore));

        Funding.decide(commitment, funder, "APPROVED");
        assertEquals(Figures.of(0, 15_000, 0), figures("funder", funder));
        assertEquals(Figures.of(0, 10_000, 0), yearFigures(year).minus(yearBefore));

        String payment = Funding.post("/disbursements", Funding.disbursementOfCoFunding(commitment, year, 2_500))
                .statusCode(201).extract().path("id");
        assertEquals(Figures.of(0, 15_000, 2_500), figures("funder", funder));
        assertEquals(Figures.of(0, 10_000, 2_500), yearFigures(year).minus(yearBefore));

        Map<String, Object> corrected = Funding.disbursementOfCoFunding(commitment, year, 3_000);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .put("/disbursements/" + payment).then().statusCode(200);
        assertEquals(Figures.of(0, 15_000, 3_000), figures("funder", funder));

        given().header("If-Match", "\"1\"").delete("/disbursements/" + payment).then().statusCode(204);
        assertEquals(Figures.of(0, 15_000, 0), figures("funder", funder));
        assertEquals(Figures.of(0, 10_000, 0), yearFigures(year).minus(yearBefore));
        assertKeptTotalsMatchTheRows();
    }

    @Test
    void grantsCountByCallAndFunderWithTheirDisbursementsAndMoveWithTheCallsFunder() throws SQLException {
        Map<String, Object> call = Funding.call();
        String callId = Funding.createCall(call);
        String funder = (String) call.get("funderOrganisationId");

        String granted = Funding.grantedApplication(callId, Funding.newId(), 500_000, 400_000);
        String refused = Funding.createApplication(Funding.application(callId, Funding.newId(), 200_000));
        Funding.post("/applications/" + refused + "/submit", Map.of("submittedOn", today())).statusCode(200);
        Funding.post("/applications/" + refused + "/reject", Map.of("decidedOn", today(), "caseNumber", "Ä 2",
                "reason", "Medfinansiering saknas"))
                .statusCode(200);
        Funding.createApplication(Funding.application(callId, Funding.newId(), 100_000));
        assertEquals(Figures.of(400_000, 0, 0), figures("call", callId));
        assertEquals(Figures.of(400_000, 0, 0), figures("funder", funder));

        Funding.post("/disbursements", Funding.disbursementOfGrant(granted, LocalDate.now().getYear(), 100_000))
                .statusCode(201);
        assertEquals(Figures.of(400_000, 0, 100_000), figures("call", callId));
        assertEquals(Figures.of(400_000, 0, 100_000), figures("funder", funder));

        String newFunder = Funding.newId();
        Map<String, Object> moved = new HashMap<>(call);
        moved.put("funderOrganisationId", newFunder);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved).put("/calls/" + callId)
                .then().statusCode(200);
        assertNull(figures("funder", funder), "the call's old funder has nothing left");
        assertEquals(Figures.of(400_000, 0, 100_000), figures("funder", newFunder));
        assertEquals(Figures.of(400_000, 0, 100_000), figures("call", callId));
        assertKeptTotalsMatchTheRows();
    }

    @Test
    void rowsWrittenBySqlCountTooAndLeaveWithTheirCommitment() throws SQLException {
        UUID commitment = UUID.randomUUID();
        String funder = Funding.newId();
        try (Connection db = dataSource.getConnection()) {
            KeptTotals.update(db, """
                    insert into co_funding (id, version, project_id, funder_organisation_id, kind, total_amount,
                        status, created_at, updated_at, created_by, updated_by)
                    values (?, 0, gen_random_uuid(), cast(? as uuid), 'CASH', 30000, 'APPROVED', now(), now(),
                        'sql', 'sql')""", commitment, funder);
            KeptTotals.update(db, "insert into co_funding_year (co_funding_id, year, amount) values (?, 2180, 10000), "
                    + "(?, 2181, 20000)", commitment, commitment);
            assertEquals(Figures.of(0, 30_000, 0), figures("funder", funder));

            KeptTotals.update(db, "update co_funding_year set amount = amount + 1 where co_funding_id = ?", commitment);
            assertEquals(Figures.of(0, 30_002, 0), figures("funder", funder));

            KeptTotals.update(db, "update co_funding set status = 'PROPOSED' where id = ?", commitment);
            assertNull(figures("funder", funder));
            KeptTotals.update(db, "update co_funding set status = 'APPROVED' where id = ?", commitment);
            assertEquals(Figures.of(0, 30_002, 0), figures("funder", funder));

            // the schedule years go by cascade, after the commitment row: still taken away exactly once
            KeptTotals.update(db, "delete from co_funding where id = ?", commitment);
            assertNull(figures("funder", funder));
        }
        assertKeptTotalsMatchTheRows();
    }

    @Test
    void everyGroupingShowsWhatAddingUpAllRowsGives() throws SQLException {
        String commitment = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        Funding.createDisbursement(commitment);
        Funding.grantedApplication(Funding.createCall(Funding.call()), Funding.newId(), 300_000, 200_000);

        for (String groupBy : new String[] { "year", "funder", "call" }) {
            assertEquals(reference(groupBy), groups(groupBy), "groupBy=" + groupBy);
        }
        assertKeptTotalsMatchTheRows();
    }

    // --- what the endpoint shows

    private static List<Group> groups(String groupBy) {
        List<Map<String, Object>> groups = given().queryParam("groupBy", groupBy).get("/stats/funding").then()
                .statusCode(200).extract().jsonPath().getList("groups");
        List<Group> result = new ArrayList<>();
        for (Map<String, Object> group : groups) {
            result.add(new Group((String) group.get("key"), new Figures(scaled(group.get("granted")),
                    scaled(group.get("approvedCoFunding")), scaled(group.get("disbursed")))));
        }
        return result;
    }

    /** The group's figures, or null when the endpoint lists no such group. */
    private static Figures figures(String groupBy, String key) {
        return groups(groupBy).stream().filter(g -> key.equals(g.key())).map(Group::figures).findFirst()
                .orElse(null);
    }

    /** A year is shared with other tests' data: its figures, zeros when it has no group yet. */
    private static Figures yearFigures(int year) {
        Figures figures = figures("year", String.valueOf(year));
        return figures == null ? Figures.NONE : figures;
    }

    // --- the rows added up from scratch: the endpoint's documented meaning, written out plainly

    private static final String GRANTS = """
            select %s as k, a.granted_amount as granted, 0 as co_funding, 0 as disbursed
            from application a join funding_call c on c.id = a.call_id where a.status = 'GRANTED'""";
    private static final String SCHEDULES = """
            select %s, 0, y.amount, 0 from co_funding cf join co_funding_year y on y.co_funding_id = cf.id
            where cf.status = 'APPROVED'""";
    private static final String DISBURSEMENTS = """
            select %s, 0, 0, d.amount from disbursement d
            left join co_funding dcf on dcf.id = d.co_funding_id
            left join application da on da.id = d.application_id
            left join funding_call dc on dc.id = da.call_id %s""";

    private List<Group> reference(String groupBy) throws SQLException {
        String rows = switch (groupBy) {
            case "year" -> GRANTS.formatted("cast(cast(extract(year from a.decided_on) as integer) as text)")
                    + " union all " + SCHEDULES.formatted("cast(y.year as text)")
                    + " union all " + DISBURSEMENTS.formatted("cast(d.year as text)", "");
            case "funder" -> GRANTS.formatted("cast(c.funder_organisation_id as text)")
                    + " union all " + SCHEDULES.formatted("cast(cf.funder_organisation_id as text)")
                    + " union all " + DISBURSEMENTS.formatted(
                            "cast(coalesce(dcf.funder_organisation_id, dc.funder_organisation_id) as text)", "");
            case "call" -> GRANTS.formatted("cast(c.id as text)") + " union all "
                    + DISBURSEMENTS.formatted("cast(dc.id as text)", "where d.application_id is not null");
            default -> throw new IllegalArgumentException(groupBy);
        };
        List<Group> result = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select k, sum(granted), sum(co_funding), sum(disbursed) from ("
                        + rows + ") money group by k order by k")) {
            while (rs.next()) {
                result.add(new Group(rs.getString(1), new Figures(scaled(rs.getBigDecimal(2)),
                        scaled(rs.getBigDecimal(3)), scaled(rs.getBigDecimal(4)))));
            }
        }
        return result;
    }

    /** funding_total_rebuild(), in a transaction that is rolled back, writes exactly the totals kept so far. */
    private void assertKeptTotalsMatchTheRows() throws SQLException {
        assertEquals(0, KeptTotals.differencesFromRebuild(dataSource, "funding_total", "funding_total_rebuild()", null), "groups that differ between the kept totals and a rebuild");
    }

    private static BigDecimal scaled(Object amount) {
        return new BigDecimal(amount.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal sek(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    private static String today() {
        return LocalDate.now().toString();
    }
}
