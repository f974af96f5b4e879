package se.samverkan.platform.opendata;

import java.util.UUID;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The identifiers of the open-data exports (IATI from project-service, 360Giving from funding-service). An
 * organisation with an organisationsnummer is named by its org-id {@code SE-ON-NNNNNNNNNN} in both standards; what has
 * no registered identifier (a grant, a commitment, an organisation without a number) is named under the publisher's
 * own prefix, which a real publisher registers with 360Giving (a {@code 360G-…} prefix) and uses for IATI too. The
 * default is a placeholder for development and tests. Both services must be given the same prefix.
 */
@ConfigMapping(prefix = "samverkan.open-data")
public interface OpenDataConfig {

    /** The publisher's registered prefix (SAMVERKAN_OPEN_DATA_PREFIX). */
    @WithDefault("360G-samverkan")
    String prefix();

    /** The organisation's org-id when it has one, else one under the publisher's prefix made from its id. */
    default String orgId(String registeredOrgId, UUID organisationId) {
        return registeredOrgId != null ? registeredOrgId : prefix() + "-org-" + organisationId;
    }
}
