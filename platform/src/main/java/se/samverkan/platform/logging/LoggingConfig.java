package se.samverkan.platform.logging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the services log beyond their own messages. */
@ConfigMapping(prefix = "samverkan.logging")
public interface LoggingConfig {

    /** One line per request (method, route template, status, duration, caller's role and organisation). */
    @WithDefault("false")
    boolean accessLog();
}
