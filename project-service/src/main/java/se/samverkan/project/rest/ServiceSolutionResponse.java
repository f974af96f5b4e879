package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;

@Schema(name = "ServiceSolution")
public record ServiceSolutionResponse(
        UUID id,
        UUID projectId,
        UUID municipalityOrganisationId,
        @Schema(example = "Lidhult") String locality,
        @Schema(example = "GROCERY_STORE") ServiceSolutionCategory category,
        @Schema(example = "IN_OPERATION") ServiceSolutionStatus status,
        List<UUID> partnerOrganisationIds,
        @Schema(example = "2019-03-01") LocalDate startedOn,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
