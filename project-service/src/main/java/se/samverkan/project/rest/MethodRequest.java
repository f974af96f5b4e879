package se.samverkan.project.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.MethodKind;

/** The body of {@code POST /projects/{id}/methods} and {@code PUT …/methods/{methodId}}. */
@ReadOnlyFieldsOf(MethodResponse.class)
@Schema(name = "MethodRequest", description = "A documented method, model or way of working")
public record MethodRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Modell för flernivåsamverkan kring service")
        String title,
        @NotNull @Schema(required = true, example = "MODEL") MethodKind kind,
        @Size(max = 4000) @Schema(example = "How a municipality, its region and local development groups plan "
                + "service together") String summary,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(example = "https://www.helasverige.se/servicebanken") String documentUrl,
        @Schema(example = "2020-10-01") LocalDate publishedOn) {
}
