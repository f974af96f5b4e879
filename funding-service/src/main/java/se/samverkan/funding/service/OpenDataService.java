package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import se.samverkan.funding.client.OrganisationView;
import se.samverkan.funding.client.ProjectDirectory;
import se.samverkan.funding.client.ProjectSummaryView;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.ProjectTransaction;
import se.samverkan.funding.repository.ExportRepository;
import se.samverkan.funding.repository.ExportRepository.ApplicationGrantRow;
import se.samverkan.funding.repository.ExportRepository.CoFundingGrantRow;
import se.samverkan.funding.repository.ExportRepository.StepRow;

/**
 * The money as open data: the transactions of projects for project-service's IATI export, and the grants of the
 * 360Giving export a page at a time. A page's rows are read in one short transaction; the names, org-ids and projects
 * are read from project-service after it has ended, so no connection waits on the other service.
 */
@ApplicationScoped
public class OpenDataService {

    /** Grants per page: their funders and recipients stay within project-service's 200 ids a call. */
    public static final int PAGE_SIZE = 100;

    /** What the 360Giving export's filters ask for; null means "any". */
    public record GrantFilter(UUID funderOrganisationId, Integer year) {
    }

    /** Where the next page starts: the co-funding commitments first, then the granted applications. */
    public record Cursor(boolean applications, UUID after) {
        public static final Cursor START = new Cursor(false, null);
    }

    /** A grant as 360Giving publishes it, with what project-service knows of its project and organisations. */
    public record Grant(Source source, UUID id, ProjectSummaryView project, OrganisationView funder,
            UUID funderOrganisationId, UUID recipientOrganisationId, String recipientName, String recipientOrgId,
            BigDecimal amountAwarded, BigDecimal amountAppliedFor, BigDecimal amountDisbursed, LocalDate awardDate,
            Instant updatedAt, CoFundingKind kind, String budgetSource, UUID callId, String callTitle,
            String callReference) {
    }

    public enum Source {
        CO_FUNDING, APPLICATION
    }

    /** A page of grants; {@code next} is null after the last page. */
    public record GrantPage(List<Grant> grants, Cursor next) {
    }

    private final ExportRepository repository;
    private final ProjectDirectory directory;

    public OpenDataService(ExportRepository repository, ProjectDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /**
     * The commitments (approved co-funding per schedule year, dated by the decision that approved it; granted
     * applications, dated by the grant) and disbursements of these projects.
     */
    @Transactional
    public List<ProjectTransaction> transactions(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        List<ProjectTransaction> all = new ArrayList<>();
        List<ExportRepository.ScheduledRow> schedules = repository.approvedSchedules(projectIds);
        Map<UUID, List<StepRow>> steps = repository.steps(
                schedules.stream().map(ExportRepository.ScheduledRow::decisionCaseId).filter(id -> id != null).toList());
        for (ExportRepository.ScheduledRow row : schedules) {
            all.add(new ProjectTransaction(row.projectId(), ProjectTransaction.Type.COMMITMENT,
                    ProjectTransaction.Source.CO_FUNDING, row.coFundingId(), row.funderOrganisationId(), row.kind(),
                    row.year(), decidedOn(steps.get(row.decisionCaseId()), row.year()), row.amount()));
        }
        for (ExportRepository.GrantedRow row : repository.grantedApplications(projectIds)) {
            all.add(new ProjectTransaction(row.projectId(), ProjectTransaction.Type.COMMITMENT,
                    ProjectTransaction.Source.GRANT, row.applicationId(), row.funderOrganisationId(),
                    CoFundingKind.CASH, null, row.decidedOn(), row.amount()));
        }
        for (ExportRepository.PaidRow row : repository.disbursements(projectIds)) {
            boolean coFunding = row.coFundingId() != null;
            all.add(new ProjectTransaction(row.projectId(), ProjectTransaction.Type.DISBURSEMENT,
                    coFunding ? ProjectTransaction.Source.CO_FUNDING : ProjectTransaction.Source.GRANT,
                    coFunding ? row.coFundingId() : row.applicationId(), row.providerOrganisationId(), row.kind(),
                    row.year(), row.paidOn(), row.amount()));
        }
        return all;
    }

    /**
     * The page of grants at {@code cursor}. Throws a 503 when project-service cannot name the page's projects and
     * organisations: a grant without its recipient is not publishable.
     */
    public GrantPage grants(GrantFilter filter, Cursor cursor) {
        List<Grant> grants = new ArrayList<>();
        Cursor next;
        List<PendingGrant> pending;
        if (!cursor.applications()) {
            Rows<CoFundingGrantRow> rows = QuarkusTransaction.requiringNew().call(() -> {
                List<CoFundingGrantRow> page = repository.approvedCoFunding(filter.funderOrganisationId(),
                        cursor.after(), PAGE_SIZE);
                return new Rows<>(page, repository.steps(
                        page.stream().map(CoFundingGrantRow::decisionCaseId).filter(id -> id != null).toList()));
            });
            pending = new ArrayList<>();
            for (CoFundingGrantRow row : rows.rows()) {
                LocalDate awarded = decidedOn(rows.steps().get(row.decisionCaseId()), null);
                if (awarded != null && (filter.year() == null || awarded.getYear() == filter.year())) {
                    pending.add(new PendingGrant(row, null, awarded));
                }
            }
            next = rows.rows().size() < PAGE_SIZE ? new Cursor(true, null)
                    : new Cursor(false, rows.rows().get(rows.rows().size() - 1).id());
        } else {
            List<ApplicationGrantRow> rows = QuarkusTransaction.requiringNew().call(() -> repository
                    .grantedApplications(filter.funderOrganisationId(), filter.year(), cursor.after(), PAGE_SIZE));
            pending = rows.stream().map(r -> new PendingGrant(null, r, r.decidedOn())).toList();
            next = rows.size() < PAGE_SIZE ? null : new Cursor(true, rows.get(rows.size() - 1).id());
        }
        if (pending.isEmpty()) {
            return new GrantPage(grants, next);
        }
        Set<UUID> projects = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (PendingGrant grant : pending) {
            projects.add(grant.projectId());
            organisations.add(grant.funderOrganisationId());
            if (grant.application() != null) {
                organisations.add(grant.application().applicantOrganisationId());
            }
        }
        Map<UUID, ProjectSummaryView> summaries = directory.projectSummaries(projects);
        Map<UUID, OrganisationView> names = organisations(organisations);
        for (PendingGrant grant : pending) {
            ProjectSummaryView project = summaries.get(grant.projectId());
            if (project == null) {
                continue; // a project project-service no longer has: nothing to publish it under
            }
            OrganisationView funder = names.get(grant.funderOrganisationId());
            if (grant.coFunding() != null) {
                CoFundingGrantRow row = grant.coFunding();
                grants.add(new Grant(Source.CO_FUNDING, row.id(), project, funder, row.funderOrganisationId(),
                        project.owner().id(), project.owner().name(), project.owner().orgId(), row.totalAmount(),
                        null, row.disbursed(), grant.awardDate(), row.updatedAt(), row.kind(), row.budgetSource(),
                        null, null, null));
            } else {
                ApplicationGrantRow row = grant.application();
                OrganisationView applicant = names.get(row.applicantOrganisationId());
                grants.add(new Grant(Source.APPLICATION, row.id(), project, funder, row.funderOrganisationId(),
                        row.applicantOrganisationId(), applicant == null ? null : applicant.name(),
                        applicant == null ? null : applicant.orgId(), row.grantedAmount(), row.requestedAmount(),
                        row.disbursed(), row.decidedOn(), row.updatedAt(), CoFundingKind.CASH, null, row.callId(),
                        row.callTitle(), row.callReference()));
            }
        }
        return new GrantPage(grants, next);
    }

    private Map<UUID, OrganisationView> organisations(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        Map<UUID, OrganisationView> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += 200) {
            found.putAll(directory.organisationsForExport(all.subList(i, Math.min(all.size(), i + 200))));
        }
        return found;
    }

    /**
     * The day of the decision (the board's or the council's: the first deciding step, as DecisionCase.decision() has
     * it); when a commitment has no recorded decision, the first day of its year.
     */
    private static LocalDate decidedOn(List<StepRow> steps, Integer year) {
        if (steps != null) {
            for (StepRow step : steps) {
                if (step.kind().decides()) {
                    return step.date();
                }
            }
        }
        return year == null ? null : LocalDate.of(year, 1, 1);
    }

    private record Rows<T>(List<T> rows, Map<UUID, List<StepRow>> steps) {
    }

    private record PendingGrant(CoFundingGrantRow coFunding, ApplicationGrantRow application, LocalDate awardDate) {
        UUID projectId() {
            return coFunding != null ? coFunding.projectId() : application.projectId();
        }

        UUID funderOrganisationId() {
            return coFunding != null ? coFunding.funderOrganisationId() : application.funderOrganisationId();
        }
    }
}
