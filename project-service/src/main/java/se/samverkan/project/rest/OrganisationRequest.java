package se.samverkan.project.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.OrganisationType;

/** The body of {@code POST /organisations} and {@code PUT /organisations/{id}}. */
@ReadOnlyFieldsOf(OrganisationResponse.class)
@Schema(name = "OrganisationRequest", description = "An organisation as a client writes it")
public record OrganisationRequest(
        @NotNull @Schema(required = true, example = "LOCAL_DEVELOPMENT_GROUP") OrganisationType type,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Lidhults byalag") String name,
        @Size(max = 11) @Schema(description = "Organisationsnummer, NNNNNN-NNNN or ten digits; Luhn-checked",
                example = "212000-0696") String organisationNumber,
        @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be SCB's four-digit municipality code")
        @Schema(description = "SCB municipality code: required for a MUNICIPALITY, where it is for others",
                example = "0781") String municipalityCode,
        @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be SCB's two-digit county code")
        @Schema(description = "SCB county code: required for a REGION or COUNTY_ADMINISTRATIVE_BOARD; derived from "
                + "municipalityCode when that is given", example = "07") String countyCode) {
}
