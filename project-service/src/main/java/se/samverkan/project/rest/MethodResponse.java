package se.samverkan.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.MethodKind;

@Schema(name = "Method")
public record MethodResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Modell för flernivåsamverkan kring service") String title,
        @Schema(example = "MODEL") MethodKind kind,
        String summary,
        String documentUrl,
        @Schema(example = "2020-10-01") LocalDate publishedOn,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
