package se.samverkan.funding.repository;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class DecisionCaseRepository implements PanacheRepositoryBase<DecisionCase, UUID> {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    /** A new case (no id yet) is none of the holders. */
    private static final UUID NO_CASE = new UUID(0, 0);

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

    /** The case, other than {@code caseId}, that holds the commitment; V7's partial unique index allows one. */
    public record Holder(UUID id, String caseNumber) {
    }

    public Optional<Holder> otherCaseHolding(UUID coFundingId, UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.id, c.case_number
                from decision_case_co_funding x join decision_case c on c.id = x.decision_case_id
                where x.co_funding_id = ?1 and not x.released and c.id <> ?2""")
                .setParameter(1, coFundingId).setParameter(2, caseId == null ? NO_CASE : caseId)
                .setFlushMode(FlushModeType.COMMIT) // before the case's own changes reach the index
                .getResultList();
        return rows.stream().findFirst().map(r -> new Holder((UUID) r[0], (String) r[1]));
    }

    /** The case lets go of its commitments (its decision was quashed): another case may decide them. */
    public void release(UUID caseId) {
        getEntityManager().createNativeQuery("update decision_case_co_funding set released = true "
                + "where decision_case_id = ?1").setParameter(1, caseId).executeUpdate();
    }
}
