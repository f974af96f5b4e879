package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;

/** The body of {@code POST /projects/{id}/service-solutions} and {@code PUT …/service-solutions/{solutionId}}. */
@ReadOnlyFieldsOf(ServiceSolutionResponse.class)
@Schema(name = "ServiceSolutionRequest", description = "A local service solution started in a participating "
        + "municipality")
public record ServiceSolutionRequest(
        @NotNull @Schema(required = true, description = "A participating municipality", example = Examples.LJUNGBY)
        UUID municipalityOrganisationId,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Lidhult") String locality,
        @NotNull @Schema(required = true, example = "GROCERY_STORE") ServiceSolutionCategory category,
        @NotNull @Schema(required = true, example = "IN_OPERATION") ServiceSolutionStatus status,
        @Size(max = 50) @Schema(description = "Local development groups or businesses in the registry")
        List<@NotNull UUID> partnerOrganisationIds,
        @Schema(example = "2019-03-01") LocalDate startedOn) {
}
