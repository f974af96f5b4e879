package se.samverkan.platform.tracing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Traces (OpenTelemetry, Quarkus's extension): every request has a trace id, which travels to the other service in
 * the W3C {@code traceparent} header and stands in the log lines (MDC {@code traceId}) and in a 5xx's problem+json.
 * Spans are recorded, and exported by OTLP, only when a collector is named ({@code OTEL_EXPORTER_OTLP_ENDPOINT});
 * without one every span is dropped at its start, so nothing is sent, retried or logged, while the ids still
 * propagate. Work that no request started (the webhook and idempotency passes' SQL, deliveries) makes no trace of its
 * own: a root span of kind CLIENT is dropped.
 */
@ApplicationScoped
public class Tracing {

    private static final Logger LOG = Logger.getLogger(Tracing.class);
    private static final List<String> COLLECTOR_SETTINGS = List.of("quarkus.otel.exporter.otlp.traces.endpoint",
            "quarkus.otel.exporter.otlp.endpoint");

    /** The trace id of the request being served, if it has one. */
    public static Optional<String> currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }

    @Produces
    @Singleton
    Sampler sampler(TracingConfig tracing, Config config) {
        Optional<String> collector = COLLECTOR_SETTINGS.stream()
                .flatMap(name -> config.getOptionalValue(name, String.class).stream())
                .filter(value -> !value.isBlank()).findFirst();
        boolean record = tracing.record().orElse(collector.isPresent());
        if (!record) {
            LOG.info("Traces: ids in logs and between the services, nothing recorded or exported "
                    + "(set OTEL_EXPORTER_OTLP_ENDPOINT to export by OTLP)");
            return Sampler.alwaysOff();
        }
        collector.ifPresent(endpoint -> LOG.infof("Traces are exported by OTLP to %s", endpoint));
        return Sampler.parentBased(new NoClientRoots(Sampler.alwaysOn()));
    }

    /** Drops a root span of kind CLIENT (SQL or a call made outside any request); decides the rest as {@code next}. */
    static final class NoClientRoots implements Sampler {

        private final Sampler next;

        NoClientRoots(Sampler next) {
            this.next = next;
        }

        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                Attributes attributes, List<LinkData> parentLinks) {
            if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
                return SamplingResult.drop();
            }
            return next.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
        }

        @Override
        public String getDescription() {
            return "NoClientRoots{" + next.getDescription() + "}";
        }
    }
}
