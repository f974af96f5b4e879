package se.samverkan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import se.samverkan.devtools.ResponseContract;
import se.samverkan.devtools.ResponseContractFilter;

/** One service started from its packaged jar, as an operator would start it: a JVM with settings in the environment. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    /** Health, metrics and the OpenAPI document: the management interface's own port. */
    private final int managementPort;
    private final Map<String, String> environment;
    /** The service's committed OpenAPI document, which every answer on its port is checked against. */
    private final Path contract;
    /** False: the JVM gets only {@link #environment} (and PATH), none of the test JVM's own variables. */
    private final boolean inheritEnvironment;
    private Process process;
    private long logOffset;

    /** The service could not bind its port: someone took it after it was chosen. The caller starts on another one. */
    static final class PortTaken extends RuntimeException {
        PortTaken(String name, int port) {
            super(name + " could not bind port " + port + ": it was taken after it had been chosen");
        }
    }

    ServiceProcess(String name, String jarProperty, int port, Map<String, String> environment) {
        this(name, jarProperty, port, environment, true);
    }

    ServiceProcess(String name, String jarProperty, int port, Map<String, String> environment,
            boolean inheritEnvironment) {
        this.name = name;
        this.jar = Path.of(System.getProperty(jarProperty, "missing-" + jarProperty));
        // samverkan.project-service.jar: project-service/openapi.yaml
        String service = jarProperty.replaceFirst("^samverkan\\.", "").replaceFirst("\\.jar$", "");
        this.contract = Path.of(System.getProperty("samverkan.root", "..")).resolve(service).resolve("openapi.yaml");
        this.port = port;
        this.managementPort = Ports.unused();
        this.environment = environment;
        this.inheritEnvironment = inheritEnvironment;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Where health, metrics and the OpenAPI document answer: not on the API's port. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /**
     * Starts the JVM and waits until /q/health/ready answers 200 on the management port; throws {@link PortTaken} when
     * the service found one of its ports taken, so the caller can choose others.
     */
    ServiceProcess start() {
        launch();
        try {
            Awaitility.await(name + " ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue()
                                    + "; see target/e2e-logs/" + name + ".log");
                        }
                        return managementStatus("/q/health/ready") == 200;
                    });
        } catch (RuntimeException e) {
            if (!process.isAlive() && failedToBind()) {
                throw new PortTaken(name, port);
            }
            throw e;
        }
        return this;
    }

    private boolean failedToBind() {
        try {
            String output = Files.readString(log());
            String thisRun = output.substring((int) Math.min(logOffset, output.length()));
            return thisRun.contains("Address already in use") || thisRun.contains("Port already bound");
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the JVM without waiting; the caller watches {@link #process()}. */
    Process launch() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged " + name + " at " + jar + ": run ./mvnw verify from the root");
        }
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("samverkan.e2e.logs", "target/e2e-logs")));
            // As bin/run-service starts it: the JVM options of jvm.options, and the class-data archive, whose
            // recorded class path is relative to the app's folder, so the JVM starts there.
            Path app = jar.toAbsolutePath().getParent();
            Path options = Path.of(System.getProperty("samverkan.jvm.options",
                    app.resolve("../../../jvm.options").normalize().toString()));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + options.toAbsolutePath()));
            if (Files.exists(app.resolve("app-cds.jsa"))) {
                command.add("-XX:SharedArchiveFile=app-cds.jsa");
            }
            command.addAll(List.of("-jar", jar.getFileName().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(app.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
            if (inheritEnvironment) {
                builder.environment().putAll(environment);
                builder.environment().put("HTTP_PORT", Integer.toString(port));
            } else {
                // only what the caller gives, which then also says the port
                String path = builder.environment().get("PATH");
                builder.environment().clear();
                builder.environment().put("PATH", path);
                builder.environment().putAll(environment);
            }
            // the management interface on a port of the test's own, whatever the environment says
            builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
            logOffset = Files.exists(log()) ? Files.size(log()) : 0;
            // every answer on this port, to REST Assured or ApiClient, is checked against the service's document
            ResponseContract.serve(port, contract);
            ResponseContractFilter.install();
            process = builder.start();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return Path.of(System.getProperty("samverkan.e2e.logs", "target/e2e-logs")).resolve(name + ".log");
    }

    /** SIGTERM without waiting, as an orchestrator stopping a replica would send it. */
    Process terminate() {
        process.destroy();
        return process;
    }

    /** SIGTERM, then wait for the JVM to end. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int status(String path) {
        return statusOf(baseUrl() + path);
    }

    /** The status of a path on the management port ({@code /q/health/ready}). */
    int managementStatus(String path) {
        return statusOf(managementUrl() + path);
    }

    private static int statusOf(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
