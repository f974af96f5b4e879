package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.ServicePlanStatus;

@Schema(name = "ServicePlan")
public record ServicePlanResponse(
        UUID id,
        UUID projectId,
        UUID municipalityOrganisationId,
        @Schema(example = "Serviceplan för landsbygden i Ljungby kommun") String title,
        @Schema(example = "ADOPTED") ServicePlanStatus status,
        @Schema(example = "2019-06-17") LocalDate adoptedOn,
        @Schema(example = "Kommunfullmäktige") String adoptedBy,
        List<String> ruralAreas,
        String documentUrl,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
