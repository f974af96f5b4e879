package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;

/** An organisation's participation in a project as the API shows it. */
@Schema(name = "Participant")
public record ParticipantResponse(
        UUID id,
        UUID projectId,
        UUID organisationId,
        @Schema(example = "Ljungby kommun") String organisationName,
        @Schema(example = "[\"BENEFICIARY\", \"PARTNER\"]") List<ParticipantRole> roles,
        @Schema(description = "Derived from the organisation's type",
                example = "MUNICIPAL") OrganisationType.Level level,
        @Schema(example = "ACTIVE") ParticipationStatus status,
        @Schema(example = "2017-09-01") LocalDate joinedOn,
        LocalDate leftOn,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
