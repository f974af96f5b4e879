package se.samverkan.project.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.KeptTotals;
import se.samverkan.project.domain.ServicePlanStatus;
import se.samverkan.project.domain.ServiceSolutionStatus;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * Which statuses count is said twice: by the enums ({@link ServicePlanStatus#countsAsAdopted()},
 * {@link ServiceSolutionStatus#countsAsInOperation()}) and by the SQL of the kept counts
 * (V4__participation_totals.sql). For every status, a plan or solution written by SQL in that status must count
 * exactly when the enum says it does. Each row is written in a transaction that is rolled back.
 */
@QuarkusTest
class CountedStatusesTest {

    @Inject
    DataSource dataSource;

    @Test
    void theCountsTakeAPlanExactlyInTheStatusesThatCountAsAdopted() throws SQLException {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        for (ServicePlanStatus status : ServicePlanStatus.values()) {
            long added = added(ljungby, "adopted_plans", db -> KeptTotals.update(db, """
                    insert into service_plan (id, version, project_id, municipality_organisation_id, title, status,
                        adopted_on, adopted_by, created_at, updated_at, created_by, updated_by)
                    values (gen_random_uuid(), 0, cast(? as uuid), cast(? as uuid), 'Serviceplan', ?, ?, ?, now(),
                        now(), 'sql', 'sql')""", project, ljungby, status.name(),
                    status == ServicePlanStatus.ADOPTED ? Date.valueOf("2019-06-17") : null,
                    status == ServicePlanStatus.ADOPTED ? "Kommunfullmäktige" : null));
            assertEquals(status.countsAsAdopted() ? 1 : 0, added, "a plan " + status + " in the adopted plans");
        }
    }

    @Test
    void theCountsTakeASolutionExactlyInTheStatusesThatCountAsInOperation() throws SQLException {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        for (ServiceSolutionStatus status : ServiceSolutionStatus.values()) {
            long added = added(ljungby, "solutions_in_operation", db -> KeptTotals.update(db, """
                    insert into service_solution (id, version, project_id, municipality_organisation_id, locality,
                        category, status, created_at, updated_at, created_by, updated_by)
                    values (gen_random_uuid(), 0, cast(? as uuid), cast(? as uuid), 'Lidhult', 'GROCERY_STORE', ?,
                        now(), now(), 'sql', 'sql')""", project, ljungby, status.name()));
            assertEquals(status.countsAsInOperation() ? 1 : 0, added, "a solution " + status + " in operation");
        }
    }

    private interface Write {
        void to(Connection db) throws SQLException;
    }

    /** How much the municipality's count grew by the write, which is then rolled back. */
    private long added(String municipality, String count, Write write) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                long before = count(db, municipality, count);
                write.to(db);
                return count(db, municipality, count) - before;
            } finally {
                db.rollback();
            }
        }
    }

    private static long count(Connection db, String municipality, String count) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select " + count + " from municipality_output_total where organisation_id = cast(? as uuid)")) {
            query.setString(1, municipality);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
