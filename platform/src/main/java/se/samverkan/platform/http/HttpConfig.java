package se.samverkan.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP limits shared by both services. */
@ConfigMapping(prefix = "samverkan.http")
public interface HttpConfig {

    /** Largest request body accepted, in bytes; larger ones get 413 problem+json before they are read. */
    @WithDefault("1048576")
    long maxBodyBytes();
}
