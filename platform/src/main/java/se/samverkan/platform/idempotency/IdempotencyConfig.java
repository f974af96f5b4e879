package se.samverkan.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long Idempotency-Keys are kept. */
@ConfigMapping(prefix = "samverkan.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key replays its first answer ({@code SAMVERKAN_IDEMPOTENCY_RETENTION}); older keys are purged
     * and may be used again. Clients retry within minutes; a day covers a partner system's nightly rerun.
     */
    @WithDefault("24h")
    Duration retention();

    /** How often the purge runs ({@code SAMVERKAN_IDEMPOTENCY_PURGE_INTERVAL}). */
    @WithDefault("1h")
    Duration purgeInterval();
}
