package se.samverkan.funding.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.platform.faulttolerance.DependencyLog;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.problem.ServiceUnavailableException;

/**
 * funding-service's view of project-service: organisations by id, and an organisation's standing in a project. When
 * project-service cannot answer (down, slow, circuit open), this throws a 503 with Retry-After, so a
 * write that needs the check fails fast and writes nothing.
 */
@ApplicationScoped
public class ProjectDirectory {

    private static final Logger LOG = Logger.getLogger(ProjectDirectory.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private final ProjectApi api;
    private final ProjectApiCalls calls;
    private final ProjectExportApi exportApi;
    private final ProjectExportCalls exportCalls;
    private final DependencyLog dependencyLog;

    public ProjectDirectory(@RestClient ProjectApi api, ProjectApiCalls calls, @RestClient ProjectExportApi exportApi,
            ProjectExportCalls exportCalls, CircuitBreakerMaintenance breakers) {
        this.exportApi = exportApi;
        this.exportCalls = exportCalls;
        this.api = api;
        this.calls = calls;
        this.dependencyLog = DependencyLog.watch(breakers, ProjectApiCalls.BREAKER, "project-service", LOG);
    }

    public Optional<OrganisationView> organisation(UUID id) {
        return guarded(() -> calls.read(() -> api.organisation(id)));
    }

    /**
     * Many organisations in one call (at most 200 ids). The page asked for is the largest, not the number of ids:
     * a page that is not full tells its total, so project-service answers without counting (issue 18).
     */
    public Map<UUID, OrganisationView> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return guarded(() -> calls.read(() -> api.organisations(distinct, PageRequest.MAX_SIZE)))
                .map(Page::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /** For an export: many organisations in one call (at most 200 ids), through the export's own client. */
    public Map<UUID, OrganisationView> organisationsForExport(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return guarded(() -> exportCalls.read(() -> exportApi.organisations(distinct, PageRequest.MAX_SIZE)))
                .map(Page::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /** For an export: many projects' summaries in one call (at most 200 ids); unknown ids are left out. */
    public Map<UUID, ProjectSummaryView> projectSummaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return guarded(() -> exportCalls.read(() -> exportApi.projectSummaries(distinct)))
                .map(Items::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(ProjectSummaryView::id, Function.identity()));
    }

    /**
     * The project with an organisation's standing in it, in one call (what took three: the project, the
     * organisation, the participation); empty when there is no such project.
     */
    public Optional<StandingView> standing(UUID projectId, UUID organisationId) {
        return guarded(() -> calls.read(() -> api.standing(projectId, organisationId)));
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProjectApiRejected e) {
            LOG.errorf("project-service refused a lookup with %d", e.status());
            throw new ServiceUnavailableException("project-service refused a lookup this service needs", 
                    RETRY_AFTER_SECONDS);
        } catch (RuntimeException e) {
            dependencyLog.failed("a check of projects and organisations", e);
            throw new ServiceUnavailableException(
                    "project-service, which checks projects and organisations, cannot answer now; retry shortly",
                    RETRY_AFTER_SECONDS, e);
        }
    }
}
