package se.samverkan.project.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.json.Text;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** The filters of {@code GET /organisations}; null means "any". */
    public record Filter(OrganisationType type, String countyCode, String municipalityCode, String q, List<UUID> ids,
            Instant updatedSince) {
    }

    public PanacheQuery<Organisation> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .eq("type", "type", filter.type())
                .eq("countyCode", "county", filter.countyCode())
                .eq("municipalityCode", "municipality", filter.municipalityCode())
                .andIf(filter.q() == null ? null : Text.likeContains(Text.fold(filter.q())),
                        "nameFolded like :q escape '\\'", "q")
                .andIf(filter.ids().isEmpty() ? null : filter.ids(), "id in :ids", "ids")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Organisation> findByOrganisationNumber(String digits) {
        return find("organisationNumber", digits).firstResultOptional();
    }

    /** The organisation that is unique for its type and code (a municipality, a region, a county board). */
    public Optional<Organisation> findUniqueHolder(OrganisationType type, String municipalityCode, String countyCode) {
        return switch (type) {
            case MUNICIPALITY -> find("type = ?1 and municipalityCode = ?2", type, municipalityCode).firstResultOptional();
            case REGION, COUNTY_ADMINISTRATIVE_BOARD ->
                    find("type = ?1 and countyCode = ?2", type, countyCode).firstResultOptional();
            default -> Optional.empty();
        };
    }
}
