package se.samverkan.platform.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How tokens are trusted. */
@ConfigMapping(prefix = "samverkan.security")
public interface SecurityConfig {

    /** May the prod profile verify tokens with the committed development key ({@code SAMVERKAN_ALLOW_DEV_KEY})? */
    @WithDefault("false")
    boolean allowDevKey();

    /**
     * How long a token's verification is trusted before its signature is checked again
     * ({@code SAMVERKAN_SECURITY_VERIFIED_TOKEN_TTL}): after the issuer's keys rotate, a token signed with a
     * retired key is refused at most this long later, even when its {@code exp} is hours away.
     */
    @WithDefault("5m")
    Duration verifiedTokenTtl();
}
