package se.samverkan.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

/** The benchmark's profile line charges CPU to the part of the stack that spent it. */
class JfrSummaryTest {

    @TempDir
    Path dir;

    @Test
    void cpuSpentInOurOwnCodeIsChargedToIt() throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.CPULoad").withPeriod(Duration.ofMillis(100));
            recording.start();
            long until = System.nanoTime() + Duration.ofMillis(800).toNanos();
            long sink = 0;
            while (System.nanoTime() < until) {
                sink += Long.numberOfTrailingZeros(System.nanoTime() ^ sink);
            }
            recording.stop();
            recording.dump(file);
            assertTrue(sink >= 0);
        }

        JfrSummary.Summary summary = JfrSummary.summarise(file);

        assertTrue(summary.samples() > 0, "the busy loop was sampled");
        Map.Entry<String, Integer> largest = summary.samplesByPart().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        assertEquals("Samverkan code", largest.getKey(), summary.line(5));
        assertTrue(summary.line(5).startsWith("Samverkan code "), summary.line(5));
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void theInnermostKnownPartWinsAndJdkFramesAreChargedToTheirCaller() {
        assertEquals("bean validation", firstPart("org.hibernate.validator.internal.engine.ValidatorImpl"));
        assertEquals("Hibernate ORM", firstPart("org.hibernate.loader.ast.internal.SingleIdLoadPlan"));
        assertEquals("REST client (calls to the other service)",
                firstPart("org.jboss.resteasy.reactive.client.impl.InvocationBuilderImpl"));
        assertEquals("REST layer (RESTEasy Reactive)",
                firstPart("org.jboss.resteasy.reactive.server.handlers.InvocationHandler"));
    }

    private static String firstPart(String className) {
        return JfrSummary.PARTS.stream().filter(p -> p.owns(className)).findFirst().orElseThrow().name();
    }
}
