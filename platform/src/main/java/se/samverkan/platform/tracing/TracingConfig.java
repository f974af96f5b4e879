package se.samverkan.platform.tracing;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Whether spans are recorded. */
@ConfigMapping(prefix = "samverkan.tracing")
public interface TracingConfig {

    /**
     * Record spans (and hand them to the exporters); unset: only when an OTLP collector is named. Tests set it to
     * record into their in-memory exporter.
     */
    Optional<Boolean> record();
}
