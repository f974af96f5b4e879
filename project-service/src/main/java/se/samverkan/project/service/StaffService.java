package se.samverkan.project.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.json.Text;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.Project;
import se.samverkan.project.domain.StaffAssignment;
import se.samverkan.project.repository.StaffAssignmentRepository;

/**
 * The rules of staffing: where each role is placed, a period inside the project's, and no person over 100 % of
 * full time on any day of the project.
 */
@ApplicationScoped
public class StaffService {

    private static final int FULL_TIME = 100;

    private final StaffAssignmentRepository staff;
    private final ProjectService projects;
    private final ParticipationChecks checks;

    public StaffService(StaffAssignmentRepository staff, ProjectService projects, ParticipationChecks checks) {
        this.staff = staff;
        this.projects = projects;
        this.checks = checks;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<StaffAssignment> list(UUID projectId, StaffAssignmentRepository.Filter filter,
            PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(staff.search(projectId, filter, page), page);
    }

    public StaffAssignment get(UUID projectId, UUID id) {
        projects.get(projectId);
        return staff.findInProject(projectId, id).orElseThrow(() -> ProblemException.notFound("Staff assignment", id));
    }

    @Transactional
    public StaffAssignment create(UUID projectId, StaffAssignment draft) {
        Project project = projects.getForUpdate(projectId);
        draft.projectId = projectId;
        checkRules(project, draft);
        staff.persistAndFlush(draft);
        return draft;
    }

    @Transactional
    public StaffAssignment replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<StaffAssignment> changes) {
        Project project = projects.getForUpdate(projectId);
        StaffAssignment assignment = get(projectId, id);
        ifMatch.check(assignment.version);
        changes.accept(assignment);
        checkRules(project, assignment);
        staff.flush();
        return assignment;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        StaffAssignment assignment = get(projectId, id);
        ifMatch.check(assignment.version);
        staff.delete(assignment);
        staff.flush();
    }

    private void checkRules(Project project, StaffAssignment a) {
        a.personKey = a.email != null ? a.email.toLowerCase(Locale.ROOT) : Text.fold(a.personName);
        if (a.endDate.isBefore(a.startDate)) {
            throw ProblemException.ruleBroken("period", "The assignment ends " + a.endDate + ", before it starts "
                    + a.startDate, List.of(new FieldError("endDate", "must not be before startDate")));
        }
        if (!project.covers(a.startDate) || !project.covers(a.endDate)) {
            throw ProblemException.ruleBroken("outside-project-period", "The assignment " + a.startDate + " – "
                    + a.endDate + " must lie inside the project's period " + project.startDate + " – "
                    + project.endDate, List.of(new FieldError(project.covers(a.startDate) ? "endDate" : "startDate",
                            "must lie inside the project's period")));
        }
        checks.existing(a.employerOrganisationId, "employerOrganisationId");
        checkPlacement(a);
        checkFullTime(a);
    }

    private void checkPlacement(StaffAssignment a) {
        switch (a.role) {
            case PROCESS_LEADER -> {
                requirePlacement(a, "a participating municipality");
                checks.participating(a.projectId, a.placedAtOrganisationId, "placedAtOrganisationId",
                        EnumSet.of(OrganisationType.MUNICIPALITY), "a participating municipality (a process leader "
                                + "works in one municipality)");
            }
            case REGIONAL_COORDINATOR -> {
                requirePlacement(a, "a participating region or county administrative board");
                checks.participating(a.projectId, a.placedAtOrganisationId, "placedAtOrganisationId",
                        EnumSet.of(OrganisationType.REGION, OrganisationType.COUNTY_ADMINISTRATIVE_BOARD),
                        "a participating region or county administrative board");
            }
            case NATIONAL_COORDINATOR -> {
                if (a.placedAtOrganisationId != null) {
                    checks.participating(a.projectId, a.placedAtOrganisationId, "placedAtOrganisationId",
                            EnumSet.allOf(OrganisationType.class), "a participant of the project");
                }
            }
        }
    }

    private static void requirePlacement(StaffAssignment a, String expected) {
        if (a.placedAtOrganisationId == null) {
            throw ProblemException.ruleBroken("placement-required", "A " + a.role + " is placed at " + expected
                    + "; give placedAtOrganisationId", List.of(new FieldError("placedAtOrganisationId",
                            "required for " + a.role)));
        }
    }

    /**
     * The busiest day of an assignment is one on which some assignment starts, so checking the sum on each start
     * day inside the period finds any day over full time.
     */
    private void checkFullTime(StaffAssignment a) {
        List<StaffAssignment> others = new ArrayList<>(staff.overlapping(a.projectId, a.personKey, a.startDate,
                a.endDate).stream().filter(other -> !other.id.equals(a.id)).toList());
        List<LocalDate> days = new ArrayList<>();
        days.add(a.startDate);
        others.stream().map(o -> o.startDate).filter(a::covers).forEach(days::add);
        for (LocalDate day : days) {
            int total = a.ftePercent + others.stream().filter(o -> o.covers(day)).mapToInt(o -> o.ftePercent).sum();
            if (total > FULL_TIME) {
                throw ProblemException.ruleBroken("over-full-time", a.personName + " would work " + total
                        + " % of full time on " + day + " in this project (" + (total - a.ftePercent)
                        + " % in other assignments then); a person's assignments may add up to at most 100 %",
                        List.of(new FieldError("ftePercent", "the person's total would exceed 100 %")));
            }
        }
    }
}
