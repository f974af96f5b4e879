package se.samverkan.devtools;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} suite its own PostgreSQL database. By default one embedded PostgreSQL 17
 * starts per test JVM and each service's suite gets a fresh database in it (init arg {@code database}).
 *
 * <p>With {@value #EXTERNAL_URL_ENV} set to the JDBC URL of a running server's maintenance database
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}), the suite uses that server instead, in a
 * database of its own that is dropped afterwards; {@value #EXTERNAL_USER_ENV} and
 * {@value #EXTERNAL_PASSWORD_ENV} give the credentials (default {@code postgres} and empty).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String EXTERNAL_URL_ENV = "SAMVERKAN_TEST_DB_URL";
    public static final String EXTERNAL_USER_ENV = "SAMVERKAN_TEST_DB_USER";
    public static final String EXTERNAL_PASSWORD_ENV = "SAMVERKAN_TEST_DB_PASSWORD";

    private static EmbeddedPostgresServer shared;

    private String database = "samverkan";
    private String externalUrl;
    private String createdDatabase;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        externalUrl = System.getenv(EXTERNAL_URL_ENV);
        String name = database + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        if (externalUrl != null && !externalUrl.isBlank()) {
            String user = env(EXTERNAL_USER_ENV, "postgres");
            String password = env(EXTERNAL_PASSWORD_ENV, "");
            EmbeddedPostgresServer.createDatabaseIfMissing(externalUrl, user, password, name);
            createdDatabase = name;
            return Map.of(
                    "quarkus.datasource.jdbc.url", replaceDatabase(externalUrl, name),
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        }
        EmbeddedPostgresServer server = server();
        server.createDatabaseIfMissing(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(name),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (createdDatabase != null) {
            EmbeddedPostgresServer.dropDatabase(externalUrl, env(EXTERNAL_USER_ENV, "postgres"),
                    env(EXTERNAL_PASSWORD_ENV, ""), createdDatabase);
        }
    }

    /** One server per JVM, stopped when the JVM exits. */
    public static synchronized EmbeddedPostgresServer server() {
        if (shared == null) {
            shared = EmbeddedPostgresServer.start(null, false, 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
        }
        return shared;
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
