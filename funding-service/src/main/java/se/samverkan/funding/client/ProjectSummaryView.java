package se.samverkan.funding.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the 360Giving export reads of a project: name, description, period, owner and participating municipalities. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSummaryView(UUID id, String code, String name, String description, LocalDate startDate,
        LocalDate endDate, Owner owner, List<Municipality> municipalities) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(UUID id, String name, String orgId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Municipality(String municipalityCode, String name) {
    }
}
