package se.samverkan.devtools;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Test help for totals that database triggers keep (funding_total, municipality_output_total): how far the kept
 * rows are from what the table's rebuild function works out from scratch, and plain SQL writes that go past the
 * services, as a data load or an operator would.
 */
public final class KeptTotals {

    private KeptTotals() {
    }

    /**
     * The number of rows that differ between the totals table as kept and as rebuilt: {@code rebuild} (e.g.
     * {@code funding_total_rebuild()}) runs in a transaction that is rolled back, so nothing changes. Kept rows
     * matching {@code ignoredWhere} (e.g. all-zero counts a rebuild never writes) are left out; null for none.
     */
    public static long differencesFromRebuild(DataSource dataSource, String table, String rebuild, String ignoredWhere)
            throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("create temp table kept on commit drop as select * from " + table
                        + (ignoredWhere == null ? "" : " where not (" + ignoredWhere + ")"));
                s.execute("select " + rebuild);
                try (ResultSet rs = s.executeQuery("select count(*) from ((table kept except all table " + table
                        + ") union all (table " + table + " except all table kept)) differing")) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** One SQL write with positional parameters. */
    public static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
