package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.ActivityType;

@Schema(name = "Activity")
public record ActivityResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Nätverksträff för processledare i Ljungby") String title,
        @Schema(example = "NETWORK_MEETING") ActivityType type,
        @Schema(example = "2018-10-16") LocalDate date,
        UUID hostOrganisationId,
        List<UUID> participantOrganisationIds,
        String summary,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
