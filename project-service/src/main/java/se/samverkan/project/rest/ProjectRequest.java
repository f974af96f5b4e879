package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.ProjectStatus;

/** The body of {@code POST /projects} and {@code PUT /projects/{id}}. */
@ReadOnlyFieldsOf(ProjectResponse.class)
@Schema(name = "ProjectRequest", description = "A project as a client writes it")
public record ProjectRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "letters, digits, '.', '_' and '-' only") @Schema(required = true,
                description = "Unique short code", example = "SIS-2017") String code,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Service i samverkan") String name,
        @Size(max = 4000) @Schema(example = "Multi-level collaboration for commercial and public service in rural "
                + "areas, with 11 municipalities, their regions and Hela Sverige ska leva") String description,
        @NotNull @Schema(required = true, description = "The owning organisation (Hela Sverige ska leva)")
        UUID ownerOrganisationId,
        @NotNull @Schema(required = true, example = "2017-09-01") LocalDate startDate,
        @NotNull @Schema(required = true, description = "After startDate; amend it to extend the project",
                example = "2020-11-30") LocalDate endDate,
        @NotNull @Schema(required = true, description = "IATI activity status", example = "IMPLEMENTATION")
        ProjectStatus status,
        @Size(max = 50) @Schema(example = "[\"A plan for service in rural areas in every participating municipality\","
                + " \"One new local service solution per municipality\"]")
        List<@NotBlank @Size(max = 1000) String> objectives,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
        @Schema(description = "SEK", example = "16095000.00")
        BigDecimal totalBudget) {
}
