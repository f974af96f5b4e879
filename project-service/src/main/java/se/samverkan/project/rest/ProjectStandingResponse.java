package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.ProjectStatus;

/**
 * An organisation's standing in a project, for the reference checks of other services (funding-service checks a
 * co-funder or an applicant with it): what three reads would tell, in one.
 */
@Schema(name = "ProjectStanding")
public record ProjectStandingResponse(
        StandingProject project,
        @Schema(description = "The organisation as the registry has it; null when there is no such organisation")
        StandingOrganisation organisation,
        @Schema(description = "Its participation in the project; null when it does not take part (a WITHDRAWN "
                + "participant is shown with that status)")
        StandingParticipation participation) {

    /** The project's owner, period and budget (a funder's maximum grant rate is of it). */
    @Schema(name = "ProjectStandingProject")
    public record StandingProject(
            UUID id,
            UUID ownerOrganisationId,
            @Schema(example = "2017-09-01") LocalDate startDate,
            @Schema(example = "2020-11-30") LocalDate endDate,
            @Schema(example = "IMPLEMENTATION") ProjectStatus status,
            @Schema(description = "SEK; null when not given", example = "16095000.00") BigDecimal totalBudget) {
    }

    @Schema(name = "ProjectStandingOrganisation")
    public record StandingOrganisation(
            UUID id,
            @Schema(example = "MUNICIPALITY") OrganisationType type,
            @Schema(example = "Ljungby kommun") String name,
            @Schema(example = "07") String countyCode) {
    }

    @Schema(name = "ProjectStandingParticipation")
    public record StandingParticipation(
            @Schema(description = "The participant's id") UUID id,
            UUID organisationId,
            @Schema(example = "ACTIVE") ParticipationStatus status) {
    }
}
