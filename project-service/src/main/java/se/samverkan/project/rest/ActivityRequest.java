package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.ActivityType;

/** The body of {@code POST /projects/{id}/activities} and {@code PUT …/activities/{activityId}}. */
@ReadOnlyFieldsOf(ActivityResponse.class)
@Schema(name = "ActivityRequest", description = "An experience exchange between the project's participants")
public record ActivityRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Nätverksträff för processledare i Ljungby")
        String title,
        @NotNull @Schema(required = true, example = "NETWORK_MEETING") ActivityType type,
        @NotNull @Schema(required = true, example = "2018-10-16") LocalDate date,
        @Schema(description = "A participant of the project") UUID hostOrganisationId,
        @Size(max = 500) @Schema(description = "Participants of the project")
        List<@NotNull UUID> participantOrganisationIds,
        @Size(max = 4000) @Schema(example = "Process leaders from eleven municipalities shared how they drew up "
                + "their service plans") String summary) {
}
