package se.samverkan.funding.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What funding-service reads of an organisation: its type (for a call's eligible applicants) and county. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationView(UUID id, String type, String name, String countyCode, String countyName) {
}
