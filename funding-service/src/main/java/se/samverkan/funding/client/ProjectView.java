package se.samverkan.funding.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What funding-service reads of a project: its owner, its period and its budget (null when not given). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectView(UUID id, UUID ownerOrganisationId, LocalDate startDate, LocalDate endDate,
        BigDecimal totalBudget) {
}
