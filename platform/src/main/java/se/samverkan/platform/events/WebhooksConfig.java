package se.samverkan.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered; the defaults suit production. */
@ConfigMapping(prefix = "samverkan.webhooks")
public interface WebhooksConfig {

    /**
     * Hosts a subscription may name although they resolve to a loopback, private or link-local address
     * ({@code SAMVERKAN_WEBHOOKS_ALLOWED_HOSTS}, comma-separated; the local run command allows localhost).
     */
    Optional<List<String>> allowedHosts();

    /** How often the delivery worker looks for new events and due retries. */
    @WithDefault("5s")
    Duration pollInterval();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer once connected. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** The wait before the first retry; each further retry waits twice as long (with jitter) up to the maximum. */
    @WithDefault("10s")
    Duration firstRetryAfter();

    @WithDefault("1h")
    Duration maxRetryInterval();

    /** How long after the event a delivery is still retried; then it is FAILED. */
    @WithDefault("72h")
    Duration retryFor();

    /** Deliveries attempted at once by one pass of one replica. */
    @WithDefault("20")
    int batchSize();
}
