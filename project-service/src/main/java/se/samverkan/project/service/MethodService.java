package se.samverkan.project.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Method;
import se.samverkan.project.domain.MethodKind;
import se.samverkan.project.repository.MethodRepository;

/** The documented methods, models and ways of working of a project. */
@ApplicationScoped
public class MethodService {

    private final MethodRepository methods;
    private final ProjectService projects;

    public MethodService(MethodRepository methods, ProjectService projects) {
        this.methods = methods;
        this.projects = projects;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Method> list(UUID projectId, MethodKind kind, Instant updatedSince, PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(methods.search(projectId, kind, updatedSince, page), page);
    }

    public Method get(UUID projectId, UUID id) {
        projects.get(projectId);
        return methods.findInProject(projectId, id).orElseThrow(() -> ProblemException.notFound("Method", id));
    }

    @Transactional
    public Method create(UUID projectId, Method draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        methods.persistAndFlush(draft);
        return draft;
    }

    @Transactional
    public Method replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<Method> changes) {
        Method method = get(projectId, id);
        ifMatch.check(method.version);
        changes.accept(method);
        methods.flush();
        return method;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        Method method = get(projectId, id);
        ifMatch.check(method.version);
        methods.delete(method);
        methods.flush();
    }
}
