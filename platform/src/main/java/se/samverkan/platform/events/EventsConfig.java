package se.samverkan.platform.events;

import io.smallrye.config.ConfigMapping;

/** The event feed's settings. */
@ConfigMapping(prefix = "samverkan.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service's events: its base URI as partner systems reach it. */
    String source();
}
