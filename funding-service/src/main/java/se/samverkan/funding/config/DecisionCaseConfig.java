package se.samverkan.funding.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The municipality's rules for its decision cases. */
@ConfigMapping(prefix = "samverkan.decision-cases")
public interface DecisionCaseConfig {

    /**
     * A case whose co-funding totals more than this (SEK) is decided by the municipal council (kommunfullmäktige) on
     * the board's proposal; up to it, the board decides. Each municipality sets its own limit in its rules of
     * delegation; one million kronor is this service's default.
     */
    @WithDefault("1000000")
    BigDecimal councilThreshold();
}
