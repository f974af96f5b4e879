package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.ProjectStatus;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectResponse(
        UUID id,
        @Schema(example = "SIS-2017") String code,
        @Schema(example = "Service i samverkan") String name,
        String description,
        UUID ownerOrganisationId,
        @Schema(example = "2017-09-01") LocalDate startDate,
        @Schema(example = "2020-11-30") LocalDate endDate,
        @Schema(example = "IMPLEMENTATION") ProjectStatus status,
        List<String> objectives,
        @Schema(description = "SEK", example = "16095000.00") BigDecimal totalBudget,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
