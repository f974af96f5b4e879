package se.samverkan.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's profile line charges CPU to the part of the stack that spent it. The samples are written by the
 * test (innermost frame first, as JFR gives them), so what is checked is the accounting, not whether JFR's sampler
 * happened to catch a thread on a busy machine.
 */
class JfrSummaryTest {

    private static final String OUR_LOOP = "se.samverkan.project.service.ProjectService";
    private static final String HIBERNATE = "org.hibernate.loader.ast.internal.SingleIdLoadPlan";
    private static final String HASH_MAP = "java.util.HashMap";
    private static final String THREAD = "java.lang.Thread";

    @Test
    void cpuSpentInOurOwnCodeIsChargedToIt() {
        JfrSummary.Tally tally = new JfrSummary.Tally();
        for (int i = 0; i < 6; i++) {
            tally.sample(List.of(HASH_MAP, OUR_LOOP, THREAD));
        }
        tally.sample(List.of(HASH_MAP, HIBERNATE, OUR_LOOP, THREAD));
        tally.sample(List.of(HASH_MAP, THREAD));
        tally.cpuLoad(0.40, 0.90);
        tally.cpuLoad(0.60, 1.00);

        JfrSummary.Summary summary = tally.summary();

        assertEquals(8, summary.samples());
        assertEquals(6, summary.samplesByPart().get("Samverkan code"));
        assertEquals(1, summary.samplesByPart().get("Hibernate ORM"), "the innermost known part wins over our caller");
        assertEquals(1, summary.samplesByPart().get(JfrSummary.OTHER), "a stack of JDK frames only is 'other'");
        assertEquals("Samverkan code 75 %, Hibernate ORM 13 %, other (JDK only) 13 % (8 samples; the JVM used 50 % "
                + "of the machine's CPU, the machine was 95 % busy)", summary.line(5));
        assertTrue(summary.line(1).startsWith("Samverkan code 75 % (8 samples"), summary.line(1));
    }

    @Test
    void aRecordingWithoutSamplesSaysSo() {
        assertEquals("no execution samples recorded", new JfrSummary.Tally().summary().line(5));
        JfrSummary.Tally noStack = new JfrSummary.Tally();
        noStack.sample(List.of());
        assertEquals(1, noStack.summary().samplesByPart().get(JfrSummary.OTHER));
    }

    @Test
    void theInnermostKnownPartWinsAndJdkFramesAreChargedToTheirCaller() {
        assertEquals("bean validation", firstPart("org.hibernate.validator.internal.engine.ValidatorImpl"));
        assertEquals("Hibernate ORM", firstPart("org.hibernate.loader.ast.internal.SingleIdLoadPlan"));
        assertEquals("REST client (calls to the other service)",
                firstPart("org.jboss.resteasy.reactive.client.impl.InvocationBuilderImpl"));
        assertEquals("REST layer (RESTEasy Reactive)",
                firstPart("org.jboss.resteasy.reactive.server.handlers.InvocationHandler"));
        assertEquals("JSON (Jackson)", JfrSummary.partOf(List.of(HASH_MAP, "com.fasterxml.jackson.databind.ObjectMapper",
                OUR_LOOP)));
    }

    private static String firstPart(String className) {
        return JfrSummary.PARTS.stream().filter(p -> p.owns(className)).findFirst().orElseThrow().name();
    }
}
