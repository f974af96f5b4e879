package se.samverkan.funding.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What funding-service reads of an organisation: its type (for a call's eligible applicants), county, and name and
 * org-id (for the ledger).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationView(UUID id, String type, String name, String orgId, String countyCode, String countyName) {
}
