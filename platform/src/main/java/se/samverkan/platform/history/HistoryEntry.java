package se.samverkan.platform.history;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import se.samverkan.platform.audit.Actor;

/** One version of a resource in its audit trail. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        long version,
        Action action,
        Instant changedAt,
        @Schema(description = "Who made this version") Actor changedBy,
        @Schema(description = "The fields that differ from the previous version") List<String> changedFields,
        @Schema(description = "The resource as it was in this version", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        JsonNode state) {

    public enum Action {
        CREATED, UPDATED, DELETED
    }
}
