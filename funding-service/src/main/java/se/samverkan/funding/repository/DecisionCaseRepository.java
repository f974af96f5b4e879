package se.samverkan.funding.repository;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class DecisionCaseRepository implements PanacheRepositoryBase<DecisionCase, UUID> {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    /** The filters of {@code GET /decision-cases}; null means "any". */
    public record Filter(UUID organisationId, String caseNumber, UUID coFundingId, Instant updatedSince) {
    }

    public PanacheQuery<DecisionCase> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("organisationId", "organisation", filter.organisationId())
                .andIf(caseNumberKey(filter.caseNumber()), "upper(replace(caseNumber, ' ', '')) = :caseNumber",
                        "caseNumber")
                .since(filter.updatedSince());
        if (filter.coFundingId() != null) {
            where.and(":coFunding member of coFundingIds", "coFunding", filter.coFundingId());
        }
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /**
     * The form a case number is looked up by: upper case without spaces, so {@code ks 2017/412} and
     * {@code KS2017/412} find {@code KS 2017/412} (V6 indexes the same expression).
     */
    static String caseNumberKey(String caseNumber) {
        return caseNumber == null ? null : WHITESPACE.matcher(caseNumber).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** How many cases decide, or will decide, the commitment. */
    public long countDeciding(UUID coFundingId) {
        return count("?1 member of coFundingIds", coFundingId);
    }
}
