package se.samverkan.project.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One movement of a project's money as funding-service gives it for the IATI export: a commitment (approved co-funding,
 * one per schedule year, dated by its decision; a granted application, dated by the grant) or a disbursement.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransactionView(UUID projectId, Type type, Source source, UUID sourceId, UUID providerOrganisationId,
        String kind, Integer year, LocalDate date, BigDecimal amount) {

    public enum Type {
        COMMITMENT, DISBURSEMENT
    }

    public enum Source {
        CO_FUNDING, GRANT
    }
}
