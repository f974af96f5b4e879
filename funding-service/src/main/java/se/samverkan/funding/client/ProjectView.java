package se.samverkan.funding.client;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What funding-service reads of a project: its owner and its period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectView(UUID id, UUID ownerOrganisationId, LocalDate startDate, LocalDate endDate) {
}
