package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;

/** The body of {@code POST /projects/{id}/participants} and {@code PUT …/participants/{participantId}}. */
@ReadOnlyFieldsOf(ParticipantResponse.class)
@Schema(name = "ParticipantRequest", description = "An organisation's participation as a client writes it; the level "
        + "is derived from the organisation's type")
public record ParticipantRequest(
        @NotNull @Schema(required = true, description = "The organisation (Ljungby kommun); cannot change later",
                example = Examples.LJUNGBY)
        UUID organisationId,
        @NotEmpty @Size(max = 3) @Schema(required = true, example = "[\"BENEFICIARY\", \"PARTNER\"]")
        List<@NotNull ParticipantRole> roles,
        @NotNull @Schema(required = true, description = "INVITED → INTERESTED → DECIDED → ACTIVE → COMPLETED, or "
                + "WITHDRAWN before COMPLETED; a new participant may start in any state", example = "ACTIVE")
        ParticipationStatus status,
        @Schema(example = "2017-09-01") LocalDate joinedOn,
        @Schema(description = "Not before joinedOn", example = "2020-11-30") LocalDate leftOn) {
}
