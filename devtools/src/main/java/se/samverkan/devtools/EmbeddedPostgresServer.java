package se.samverkan.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from io.zonky's binaries, for the test suites and the local run command.
 * (Run as root, as CI does, zonky starts PostgreSQL in a user namespace, since PostgreSQL itself
 * refuses to run as root.)
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives; null for a fresh temporary one
     * @param keepData      false to start from an empty cluster and delete it on close
     * @param port          0 for a free port
     * @param durable       false to turn fsync off (tests)
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData, int port, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("locale", "C");
            if (!durable) {
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            }
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabaseIfMissing(String database) {
        createDatabaseIfMissing(jdbcUrl("postgres"), "postgres", "", database);
    }

    public static void createDatabaseIfMissing(String adminJdbcUrl, String user, String password, String database) {
        checkName(database);
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    public static void dropDatabase(String adminJdbcUrl, String user, String password, String database) {
        checkName(database);
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
                Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            LOG.warning("Could not drop database " + database + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("Could not stop embedded PostgreSQL: " + e.getMessage());
        }
    }

    private static void checkName(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }
}
