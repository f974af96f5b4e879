package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.StaffRole;

/** One staff assignment with the person's contact details (personal data: only the single-resource GET). */
@Schema(name = "StaffAssignmentDetail")
public record StaffAssignmentDetailResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Anna Exempelsson") String personName,
        @Schema(description = "Personal data", example = "anna.exempelsson@example.se") String email,
        @Schema(example = "PROCESS_LEADER") StaffRole role,
        UUID employerOrganisationId,
        UUID placedAtOrganisationId,
        @Schema(example = "50") int ftePercent,
        @Schema(example = "2018-01-01") LocalDate startDate,
        @Schema(example = "2019-12-31") LocalDate endDate,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
