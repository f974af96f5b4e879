package se.samverkan.project.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import se.samverkan.platform.json.Text;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** The filters of {@code GET /organisations}; null means "any". */
    public record Filter(OrganisationType type, String countyCode, String municipalityCode, String q, List<UUID> ids) {
    }

    public PanacheQuery<Organisation> search(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.type() != null) {
            where.add("type = :type");
            params.and("type", filter.type());
        }
        if (filter.countyCode() != null) {
            where.add("countyCode = :county");
            params.and("county", filter.countyCode());
        }
        if (filter.municipalityCode() != null) {
            where.add("municipalityCode = :municipality");
            params.and("municipality", filter.municipalityCode());
        }
        if (filter.q() != null) {
            where.add("nameFolded like :q escape '\\'");
            params.and("q", Text.likeContains(Text.fold(filter.q())));
        }
        if (!filter.ids().isEmpty()) {
            where.add("id in :ids");
            params.and("ids", filter.ids());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, page.sort(), params).page(page.panachePage());
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
