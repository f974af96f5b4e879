package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One movement of a project's money, for project-service's IATI export: a commitment (an approved co-funding's amount
 * for one year, dated by the decision that approved it; a granted application's amount, dated by the grant) or a
 * disbursement (dated by its payment). The provider is the co-funder, or the funder of the application's call.
 */
@Schema(name = "ProjectTransaction")
public record ProjectTransaction(UUID projectId, Type type, Source source, UUID sourceId, UUID providerOrganisationId,
        CoFundingKind kind, Integer year, LocalDate date, BigDecimal amount) {

    public enum Type {
        COMMITMENT, DISBURSEMENT
    }

    public enum Source {
        CO_FUNDING, GRANT
    }

    @Schema(name = "ProjectTransactionList")
    public record Items(List<ProjectTransaction> items) {
    }
}
