package se.samverkan.project.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.OrganisationType;

/** An organisation as the API shows it. */
@Schema(name = "Organisation")
public record OrganisationResponse(
        UUID id,
        @Schema(example = "MUNICIPALITY") OrganisationType type,
        @Schema(description = "The level it takes part at in a project, derived from the type", example = "MUNICIPAL")
        OrganisationType.Level level,
        @Schema(example = "Ljungby kommun") String name,
        @Schema(description = "NNNNNN-NNNN", example = "212000-0696") String organisationNumber,
        @Schema(description = "The org-id IATI and 360Giving use", example = "SE-ON-2120000696") String orgId,
        @Schema(example = "0781") String municipalityCode,
        @Schema(example = "07") String countyCode,
        @Schema(example = "Kronobergs län") String countyName,
        @Schema(description = "One of SCB's 290 municipalities or 21 regions: can be amended, not deleted")
        boolean referenceData,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
