package se.samverkan.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Spans are recorded only when a collector is named, and work outside any request starts no trace. */
class SamplerTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final Context NO_PARENT = Context.root();
    private static final Context IN_A_REQUEST = Context.root().with(Span.wrap(SpanContext.create(TRACE,
            "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault())));

    @Test
    void withoutACollectorNothingIsRecorded() {
        Sampler sampler = sampler(Map.of(), Optional.empty());
        assertEquals(SamplingDecision.DROP, decide(sampler, NO_PARENT, SpanKind.SERVER));
        assertEquals(SamplingDecision.DROP, decide(sampler, IN_A_REQUEST, SpanKind.CLIENT));
    }

    @Test
    void withACollectorARequestAndWhatItDoesAreRecorded() {
        Sampler sampler = sampler(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317"),
                Optional.empty());
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(sampler, NO_PARENT, SpanKind.SERVER));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(sampler, IN_A_REQUEST, SpanKind.CLIENT));
        // SQL or a call that no request started: the webhook and idempotency passes
        assertEquals(SamplingDecision.DROP, decide(sampler, NO_PARENT, SpanKind.CLIENT));
    }

    @Test
    void aBlankCollectorIsNone() {
        assertEquals(SamplingDecision.DROP, decide(sampler(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", " "),
                Optional.empty()), NO_PARENT, SpanKind.SERVER));
    }

    @Test
    void theSettingDecidesOverTheCollector() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE,
                decide(sampler(Map.of(), Optional.of(true)), NO_PARENT, SpanKind.SERVER));
        assertEquals(SamplingDecision.DROP, decide(sampler(Map.of("quarkus.otel.exporter.otlp.endpoint",
                "http://collector:4317"), Optional.of(false)), NO_PARENT, SpanKind.SERVER));
    }

    private static Sampler sampler(Map<String, String> properties, Optional<Boolean> record) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        TracingConfig tracing = () -> record;
        return new Tracing().sampler(tracing, config);
    }

    private static SamplingDecision decide(Sampler sampler, Context parent, SpanKind kind) {
        return sampler.shouldSample(parent, TRACE, "span", kind, Attributes.empty(), List.of()).getDecision();
    }
}
