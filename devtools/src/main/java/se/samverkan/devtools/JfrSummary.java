package se.samverkan.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service spent its CPU during a JFR recording, in one line a benchmark report can carry:
 * {@code java -cp … se.samverkan.devtools.JfrSummary recording.jfr [top]}.
 * <p>
 * Each execution sample is charged to the innermost frame of the stack that belongs to a known part of the
 * stack (the JWT verifier, Hibernate, the JDBC driver, Jackson, …); JDK frames are charged to whoever called
 * them, so a HashMap lookup inside Hibernate counts as Hibernate. Samples with no known frame at all count as
 * "other". The line also gives the process's share of the machine's CPU (from jdk.CPULoad), which tells whether
 * the service was busy at all or waiting on something else.
 */
public final class JfrSummary {

    /** A part of the stack and the package prefixes that make it up; the first matching part wins. */
    record Part(String name, List<String> prefixes) {
        boolean owns(String className) {
            return prefixes.stream().anyMatch(className::startsWith);
        }
    }

    static final List<Part> PARTS = List.of(
            new Part("JWT verification", List.of("io.smallrye.jwt", "org.jose4j")),
            new Part("REST client (calls to the other service)", List.of("org.jboss.resteasy.reactive.client",
                    "io.quarkus.rest.client", "io.smallrye.faulttolerance", "io.smallrye.stork")),
            new Part("JDBC driver", List.of("org.postgresql")),
            new Part("connection pool", List.of("io.agroal")),
            new Part("transactions", List.of("com.arjuna", "io.quarkus.narayana")),
            new Part("bean validation", List.of("org.hibernate.validator", "jakarta.validation")),
            new Part("Hibernate ORM", List.of("org.hibernate", "io.quarkus.hibernate")),
            new Part("Flyway", List.of("org.flywaydb")),
            new Part("JSON (Jackson)", List.of("com.fasterxml.jackson", "io.quarkus.jackson")),
            new Part("security", List.of("io.quarkus.security", "io.quarkus.vertx.http.runtime.security",
                    "io.quarkus.smallrye.jwt")),
            new Part("metrics", List.of("io.micrometer", "io.quarkus.micrometer")),
            new Part("REST layer (RESTEasy Reactive)", List.of("org.jboss.resteasy", "io.quarkus.resteasy")),
            new Part("HTTP (Vert.x, Netty)", List.of("io.vertx", "io.netty", "io.quarkus.vertx")),
            new Part("CDI, context propagation", List.of("io.quarkus.arc", "io.smallrye.context", "io.smallrye.mutiny")),
            new Part("logging", List.of("org.jboss.logmanager", "org.jboss.logging")),
            new Part("Samverkan code", List.of("se.samverkan")),
            new Part("threads, queues", List.of("org.jboss.threads")));

    static final String OTHER = "other (JDK only)";

    /** What a recording says: samples per part, and the CPU use seen by jdk.CPULoad. */
    record Summary(Map<String, Integer> samplesByPart, int samples, double processCpu, double machineCpu) {

        String line(int top) {
            if (samples == 0) {
                return "no execution samples recorded";
            }
            String parts = samplesByPart.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "%s %d %%", e.getKey(), Math.round(100.0 * e.getValue() / samples)))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "%s (%d samples; the JVM used %.0f %% of the machine's CPU, the machine was %.0f %% busy)",
                    parts, samples, 100 * processCpu, 100 * machineCpu);
        }
    }

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary RECORDING.jfr [TOP_PARTS]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        System.out.println(summarise(Path.of(args[0])).line(top));
    }

    static Summary summarise(Path recording) throws IOException {
        Tally tally = new Tally();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> tally.sample(javaFrames(event));
                case "jdk.CPULoad" -> tally.cpuLoad(event.getDouble("jvmUser") + event.getDouble("jvmSystem"),
                        event.getDouble("machineTotal"));
                default -> {
                }
            }
        }
        return tally.summary();
    }

    /** The classes of a sample's Java frames, innermost first; empty when the sample has no stack. */
    private static List<String> javaFrames(RecordedEvent sample) {
        if (sample.getStackTrace() == null) {
            return List.of();
        }
        List<String> classes = new ArrayList<>();
        for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
            if (frame.isJavaFrame() && frame.getMethod() != null) {
                classes.add(frame.getMethod().getType().getName());
            }
        }
        return classes;
    }

    /**
     * The accounting, apart from reading a recording so that it can be tested on samples a test writes itself: each
     * sample is charged to the innermost frame that belongs to a known part, and the CPU loads are averaged.
     */
    static final class Tally {
        private final Map<String, Integer> byPart = new LinkedHashMap<>();
        private int samples;
        private final List<Double> processCpu = new ArrayList<>();
        private final List<Double> machineCpu = new ArrayList<>();

        /** One execution sample: the classes of its Java frames, innermost first. */
        void sample(List<String> frameClasses) {
            samples++;
            byPart.merge(partOf(frameClasses), 1, Integer::sum);
        }

        void cpuLoad(double process, double machine) {
            processCpu.add(process);
            machineCpu.add(machine);
        }

        Summary summary() {
            return new Summary(new LinkedHashMap<>(byPart), samples, average(processCpu), average(machineCpu));
        }
    }

    static String partOf(List<String> frameClasses) {
        for (String className : frameClasses) {
            for (Part part : PARTS) {
                if (part.owns(className)) {
                    return part.name();
                }
            }
        }
        return OTHER;
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
