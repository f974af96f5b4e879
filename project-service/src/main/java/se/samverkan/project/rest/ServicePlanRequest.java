package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.project.domain.ServicePlanStatus;

/** The body of {@code POST /projects/{id}/service-plans} and {@code PUT …/service-plans/{planId}}. */
@ReadOnlyFieldsOf(ServicePlanResponse.class)
@Schema(name = "ServicePlanRequest", description = "A municipality's plan for service in rural areas")
public record ServicePlanRequest(
        @NotNull @Schema(required = true, description = "A participating municipality; one plan each",
                example = Examples.LJUNGBY)
        UUID municipalityOrganisationId,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Serviceplan för landsbygden i Ljungby kommun")
        String title,
        @NotNull @Schema(required = true, description = "NOT_STARTED → DRAFTING → CONSULTATION → ADOPTED, one step "
                + "at a time", example = "ADOPTED") ServicePlanStatus status,
        @Schema(description = "Required when, and only when, ADOPTED", example = "2019-06-17") LocalDate adoptedOn,
        @Size(max = 200) @Schema(description = "Required when, and only when, ADOPTED",
                example = "Kommunfullmäktige") String adoptedBy,
        @Size(max = 100) @Schema(example = "[\"Lidhult\", \"Ryssby\", \"Lagan\"]")
        List<@NotBlank @Size(max = 200) String> ruralAreas,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(example = "https://www.ljungby.se/serviceplan.pdf") String documentUrl) {
}
