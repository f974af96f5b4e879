package se.samverkan.project.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.Method;
import se.samverkan.project.domain.MethodKind;

@ApplicationScoped
public class MethodRepository implements PanacheRepositoryBase<Method, UUID> {

    public PanacheQuery<Method> search(UUID projectId, MethodKind kind, Instant updatedSince, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(kind, "kind = :kind", "kind")
                .since(updatedSince);
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Method> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }
}
