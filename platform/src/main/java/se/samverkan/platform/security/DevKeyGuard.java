package se.samverkan.platform.security;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A service in the prod profile that would verify tokens with the committed development key refuses to
 * start, unless {@code SAMVERKAN_ALLOW_DEV_KEY=true} says this is on purpose (the local run command).
 */
public class DevKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);
    static final String DEV_KEY_MARKER = "dev-only-verification-key";

    void check(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        String location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse("");
        boolean allowed = config.getOptionalValue("samverkan.security.allow-dev-key", Boolean.class).orElse(false);
        if (!location.contains(DEV_KEY_MARKER)) {
            LOG.infof("Tokens are verified with %s", location.isEmpty() ? "the configured issuer" : location);
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL && !allowed) {
            throw new IllegalStateException("Refusing to start: tokens would be verified with the committed "
                    + "development key. Set JWT_PUBLIC_KEY_LOCATION and JWT_ISSUER to your issuer, or "
                    + "SAMVERKAN_ALLOW_DEV_KEY=true for a local run.");
        }
        LOG.warn("Tokens are verified with the DEVELOPMENT key: anyone can mint them. Never in production.");
    }
}
