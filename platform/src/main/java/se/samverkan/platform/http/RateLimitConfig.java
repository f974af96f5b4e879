package se.samverkan.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests one caller may make ({@code SAMVERKAN_RATE_LIMIT_PER_SECOND}, {@code SAMVERKAN_RATE_LIMIT_BURST}).
 * Either one 0 switches the limit off, as the benchmark does.
 */
@ConfigMapping(prefix = "samverkan.rate-limit")
public interface RateLimitConfig {

    /** Requests a second a caller may keep up, on average. */
    @WithDefault("100")
    long perSecond();

    /** Requests a caller may make at once after being idle: the bucket's size. */
    @WithDefault("1000")
    long burst();

    default boolean enabled() {
        return perSecond() > 0 && burst() > 0;
    }
}
