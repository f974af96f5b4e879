package se.samverkan.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * The database of the local run command ({@code ./samverkan up}): an embedded PostgreSQL 17 whose data
 * stays in a directory of the user's choice, so a restart keeps it, with one database per service.
 * Runs until it is stopped (SIGTERM or Ctrl-C), then shuts PostgreSQL down cleanly.
 *
 * <pre>
 * java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.DevDatabase --data DIR --port 55432 --databases projects,funding [--ready-file F]
 * java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.DevDatabase --create-on jdbc:postgresql://host:5432/postgres --user U --password P --databases projects,funding
 * </pre>
 */
public final class DevDatabase {

    private static final Logger LOG = Logger.getLogger(DevDatabase.class.getName());

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(".samverkan", "pgdata");
        int port = 55432;
        List<String> databases = new ArrayList<>(List.of("projects", "funding"));
        Path readyFile = null;
        String createOn = null;
        String user = "postgres";
        String password = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--databases" -> databases = List.of(args[++i].split(","));
                case "--ready-file" -> readyFile = Path.of(args[++i]);
                case "--create-on" -> createOn = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (createOn != null) {
            for (String database : databases) {
                EmbeddedPostgresServer.createDatabaseIfMissing(createOn, user, password, database);
            }
            LOG.info("Databases " + databases + " are present on " + createOn);
            return;
        }

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.toAbsolutePath(), true, port, true);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dev-database-stop"));
        for (String database : databases) {
            server.createDatabaseIfMissing(database);
        }
        LOG.info("PostgreSQL 17 is ready on port " + server.port() + " with databases " + databases + ", data in "
                + data.toAbsolutePath());
        if (readyFile != null) {
            Files.writeString(readyFile, Integer.toString(server.port()));
        }
        stopped.await();
    }
}
