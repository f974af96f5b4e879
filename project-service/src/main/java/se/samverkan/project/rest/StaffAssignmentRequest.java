package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.StaffRole;

/** The body of {@code POST /projects/{id}/staff} and {@code PUT …/staff/{staffId}}. */
@ReadOnlyFieldsOf(StaffAssignmentDetailResponse.class)
@Schema(name = "StaffAssignmentRequest", description = "A person's role in the project as a client writes it")
public record StaffAssignmentRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Anna Exempelsson") String personName,
        @Email @Size(max = 254) @Schema(description = "Personal data: identifies the person for the FTE rule and is "
                + "shown only by the single-assignment GET", example = "anna.exempelsson@example.se") String email,
        @NotNull @Schema(required = true, example = "PROCESS_LEADER") StaffRole role,
        @NotNull @Schema(required = true, description = "Who employs the person (Ljungby kommun)")
        UUID employerOrganisationId,
        @Schema(description = "A participant of the project: a participating municipality for a PROCESS_LEADER, a "
                + "participating region or county administrative board for a REGIONAL_COORDINATOR")
        UUID placedAtOrganisationId,
        @NotNull @Min(1) @Max(100) @Schema(required = true, description = "Share of full time, 1 to 100; one person's "
                + "overlapping assignments in the project add up to at most 100", example = "50") Integer ftePercent,
        @NotNull @Schema(required = true, description = "Inside the project's period", example = "2018-01-01")
        LocalDate startDate,
        @NotNull @Schema(required = true, description = "Inside the project's period", example = "2019-12-31")
        LocalDate endDate) {
}
