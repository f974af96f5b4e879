package se.samverkan.funding.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.KeptTotals;
import se.samverkan.funding.domain.ApplicationStatus;
import se.samverkan.funding.domain.CoFundingStatus;

/**
 * Which statuses count towards the totals is said twice: by the enums ({@link ApplicationStatus#grantsMoney()},
 * {@link CoFundingStatus#commitsMoney()}) and by the SQL of the kept totals (V2__funding_totals.sql). For every
 * status, a row written by SQL in that status must count in the totals exactly when the enum says it does. Each row
 * is written in a transaction that is rolled back.
 */
@QuarkusTest
class CountedStatusesTest {

    @Inject
    DataSource dataSource;

    @Test
    void theTotalsCountAnApplicationExactlyInTheStatusesThatGrantMoney() throws SQLException {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            UUID funder = UUID.randomUUID();
            boolean counted = countedForFunder(funder, db -> {
                UUID call = UUID.randomUUID();
                KeptTotals.update(db, """
                        insert into funding_call (id, version, funder_organisation_id, title, opens_on, closes_on,
                            created_at, updated_at, created_by, updated_by)
                        values (?, 0, ?, 'Counted statuses', date '2030-01-01', date '2030-12-31', now(), now(),
                            'sql', 'sql')""", call, funder);
                KeptTotals.update(db, """
                        insert into application (id, version, call_id, project_id, applicant_organisation_id,
                            requested_amount, granted_amount, status, decided_on, created_at, updated_at, created_by,
                            updated_by)
                        values (gen_random_uuid(), 0, ?, gen_random_uuid(), gen_random_uuid(), 1000, ?, ?,
                            date '2030-06-01', now(), now(), 'sql', 'sql')""",
                        call, status == ApplicationStatus.GRANTED ? 1000 : null, status.name());
            });
            assertEquals(status.grantsMoney(), counted, "an application " + status + " in the funder's totals");
        }
    }

    @Test
    void theTotalsCountCoFundingExactlyInTheStatusesThatCommitMoney() throws SQLException {
        for (CoFundingStatus status : CoFundingStatus.values()) {
            UUID funder = UUID.randomUUID();
            boolean counted = countedForFunder(funder, db -> {
                UUID commitment = UUID.randomUUID();
                KeptTotals.update(db, """
                        insert into co_funding (id, version, project_id, funder_organisation_id, kind, total_amount,
                            status, created_at, updated_at, created_by, updated_by)
                        values (?, 0, gen_random_uuid(), ?, 'CASH', 1000, ?, now(), now(), 'sql', 'sql')""",
                        commitment, funder, status.name());
                KeptTotals.update(db, "insert into co_funding_year (co_funding_id, year, amount) values (?, 2030, 1000)",
                        commitment);
            });
            assertEquals(status.commitsMoney(), counted, "co-funding " + status + " in the funder's totals");
        }
    }

    private interface Write {
        void to(Connection db) throws SQLException;
    }

    /** Whether the funder has a group in the totals after the write, which is then rolled back. */
    private boolean countedForFunder(UUID funder, Write write) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                write.to(db);
                try (PreparedStatement query = db.prepareStatement(
                        "select contributions from funding_total where grouping = 'funder' and key = ?")) {
                    query.setString(1, funder.toString());
                    try (ResultSet rs = query.executeQuery()) {
                        return rs.next() && rs.getLong(1) > 0;
                    }
                }
            } finally {
                db.rollback();
            }
        }
    }
}
