package se.samverkan.project.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the open-data exports of funding-service show it: no staff, no audit fields. */
@Schema(name = "ProjectSummary")
public record ProjectSummaryResponse(UUID id, String code, String name, String description, LocalDate startDate,
        LocalDate endDate, String status, Owner owner, List<Municipality> municipalities) {

    /** The project's owner; {@code orgId} is null when its organisation number is not known. */
    @Schema(name = "ProjectSummaryOwner")
    public record Owner(UUID id, String name, String orgId) {
    }

    /** A participating municipality (not withdrawn) with SCB's code. */
    @Schema(name = "ProjectSummaryMunicipality")
    public record Municipality(String municipalityCode, String name) {
    }

    @Schema(name = "ProjectSummaryList")
    public record Items(List<ProjectSummaryResponse> items) {
    }
}
