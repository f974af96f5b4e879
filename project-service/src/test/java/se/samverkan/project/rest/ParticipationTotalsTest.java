package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.KeptTotals;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * GET /stats/participation across all projects reads counts of adopted plans and solutions in operation that
 * triggers keep in step with every write (V4__participation_totals.sql). These tests write plans, solutions and
 * participants through the API and by plain SQL, and check after each step that the figures are what counting
 * every row gives, and that a rebuild from all rows finds the kept counts unchanged. Other tests write to the same
 * database, so a county is checked by its change.
 */
@QuarkusTest
class ParticipationTotalsTest {

    /** One county's figures. */
    record County(String code, String name, long participating, long adoptedPlans, long solutionsInOperation) {

        County minus(County other) {
            return new County(code, name, participating - other.participating, adoptedPlans - other.adoptedPlans,
                    solutionsInOperation - other.solutionsInOperation);
        }
    }

    private static final String KRONOBERG = "07";

    @Inject
    DataSource dataSource;

    @Test
    void plansCountOnceAdoptedAndSolutionsWhileInOperation() throws SQLException {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        County before = county(KRONOBERG);

        String plan = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        String shop = Projects.post(project, "service-solutions",
                Projects.solution(ljungby, "GROCERY_STORE", "IN_OPERATION"));
        Projects.post(project, "service-solutions", Projects.solution(ljungby, "FUEL", "IDEA"));
        assertChange(before, 0, 1);

        replace(project, "service-plans", plan, 0, Projects.plan(ljungby, "CONSULTATION"));
        assertChange(before, 0, 1);
        replace(project, "service-plans", plan, 1, Projects.plan(ljungby, "ADOPTED"));
        assertChange(before, 1, 1);

        replace(project, "service-solutions", shop, 0, Projects.solution(ljungby, "GROCERY_STORE", "DISCONTINUED"));
        assertChange(before, 1, 0);

        given().header("If-Match", "\"2\"").delete("/projects/{p}/service-plans/{id}", project, plan).then()
                .statusCode(204);
        assertChange(before, 0, 0);
        assertKeptCountsMatchTheRows();
    }

    @Test
    void aMunicipalityTakesPartUntilItsLastParticipationIsWithdrawn() throws SQLException {
        String project = Projects.create();
        String municipality = Organisations.idOfMunicipality("0765");
        String participant = Projects.addParticipant(project, municipality);
        assertEquals(reference(), counties(), "with the participant");

        Map<String, Object> withdrawn = Projects.participant(municipality, "WITHDRAWN");
        withdrawn.put("leftOn", "2018-01-31");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withdrawn)
                .put("/projects/{p}/participants/{id}", project, participant).then().statusCode(200);
        assertEquals(reference(), counties(), "with the participant withdrawn");
    }

    @Test
    void rowsWrittenBySqlCountToo() throws SQLException {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        County before = county(KRONOBERG);
        UUID plan = UUID.randomUUID();
        try (Connection db = dataSource.getConnection()) {
            KeptTotals.update(db, """
                    insert into service_plan (id, version, project_id, municipality_organisation_id, title, status,
                        adopted_on, adopted_by, created_at, updated_at, created_by, updated_by)
                    values (?, 0, cast(? as uuid), cast(? as uuid), 'Serviceplan', 'ADOPTED', date '2019-06-17',
                        'Kommunfullmäktige', now(), now(), 'sql', 'sql')""", plan, project, ljungby);
            assertChange(before, 1, 0);
            KeptTotals.update(db, "delete from service_plan where id = ?", plan);
            assertChange(before, 0, 0);
        }
        assertKeptCountsMatchTheRows();
    }

    // --- what the endpoint shows

    private static List<County> counties() {
        List<Map<String, Object>> counties = given().get("/stats/participation").then().statusCode(200).extract()
                .jsonPath().getList("counties");
        List<County> result = new ArrayList<>();
        for (Map<String, Object> c : counties) {
            result.add(new County((String) c.get("countyCode"), (String) c.get("countyName"),
                    ((Number) c.get("participatingMunicipalities")).longValue(),
                    ((Number) c.get("adoptedPlans")).longValue(),
                    ((Number) c.get("solutionsInOperation")).longValue()));
        }
        return result;
    }

    private static County county(String code) {
        return counties().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** The county changed by this many adopted plans and solutions in operation, and all counties add up. */
    private void assertChange(County before, long adoptedPlans, long solutionsInOperation) throws SQLException {
        County change = county(before.code()).minus(before);
        assertEquals(adoptedPlans, change.adoptedPlans(), "adopted plans added in " + before.code());
        assertEquals(solutionsInOperation, change.solutionsInOperation(), "solutions in operation added");
        assertEquals(reference(), counties(), "every county as counting every row gives");
    }

    private static void replace(String project, String subResource, String id, int version,
            Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .put("/projects/{p}/" + subResource + "/{id}", project, id).then().statusCode(200);
    }

    // --- every row counted from scratch: the endpoint's documented meaning, written out plainly

    private List<County> reference() throws SQLException {
        List<County> result = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.code, c.name,
                          (select count(distinct o.id) from participant p join organisation o on o.id = p.organisation_id
                           where o.county_code = c.code and o.type = 'MUNICIPALITY' and p.status <> 'WITHDRAWN'),
                          (select count(*) from service_plan sp join organisation o on o.id = sp.municipality_organisation_id
                           where o.county_code = c.code and sp.status = 'ADOPTED'),
                          (select count(*) from service_solution s join organisation o on o.id = s.municipality_organisation_id
                           where o.county_code = c.code and s.status = 'IN_OPERATION')
                        from county c order by c.code""")) {
            while (rs.next()) {
                result.add(new County(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return result;
    }

    /**
     * municipality_output_rebuild(), in a transaction that is rolled back, writes the counts kept so far (but for
     * organisations whose counts went back to zero, which the kept table may still list and a rebuild leaves out).
     */
    private void assertKeptCountsMatchTheRows() throws SQLException {
        assertEquals(0, KeptTotals.differencesFromRebuild(dataSource, "municipality_output_total", "municipality_output_rebuild()", "adopted_plans = 0 and solutions_in_operation = 0"), "organisations whose kept counts differ from a rebuild");
    }
}
