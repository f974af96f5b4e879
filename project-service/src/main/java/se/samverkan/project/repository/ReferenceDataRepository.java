package se.samverkan.project.repository;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.samverkan.project.domain.County;
import se.samverkan.project.domain.Municipality;

/**
 * SCB's counties and municipalities. They only change by migration, so they are read once and kept.
 */
@ApplicationScoped
public class ReferenceDataRepository {

    private final EntityManager em;
    private volatile Map<String, County> counties;
    private volatile Map<String, Municipality> municipalities;

    public ReferenceDataRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(counties().get(code));
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities().get(code));
    }

    public Map<String, County> counties() {
        if (counties == null) {
            counties = em.createQuery("from County", County.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(c -> c.code, Function.identity()));
        }
        return counties;
    }

    private Map<String, Municipality> municipalities() {
        if (municipalities == null) {
            municipalities = em.createQuery("from Municipality", Municipality.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(m -> m.code, Function.identity()));
        }
        return municipalities;
    }
}
