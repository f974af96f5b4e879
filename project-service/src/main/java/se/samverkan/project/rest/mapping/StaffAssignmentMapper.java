package se.samverkan.project.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.StaffAssignment;
import se.samverkan.project.rest.StaffAssignmentDetailResponse;
import se.samverkan.project.rest.StaffAssignmentRequest;
import se.samverkan.project.rest.StaffAssignmentResponse;

@ApplicationScoped
public class StaffAssignmentMapper {

    public StaffAssignment toEntity(StaffAssignmentRequest request) {
        StaffAssignment assignment = new StaffAssignment();
        apply(request, assignment);
        return assignment;
    }

    public void apply(StaffAssignmentRequest request, StaffAssignment a) {
        a.personName = request.personName().strip();
        a.email = Strings.blankToNull(request.email());
        a.role = request.role();
        a.employerOrganisationId = request.employerOrganisationId();
        a.placedAtOrganisationId = request.placedAtOrganisationId();
        a.ftePercent = request.ftePercent();
        a.startDate = request.startDate();
        a.endDate = request.endDate();
    }

    /** Without the e-mail: for lists and for the answers to writes. */
    public StaffAssignmentResponse toResponse(StaffAssignment a) {
        return new StaffAssignmentResponse(a.id, a.projectId, a.personName, a.role, a.employerOrganisationId,
                a.placedAtOrganisationId, a.ftePercent, a.startDate, a.endDate, a.version, a.createdAt, a.updatedAt,
                a.createdByActor(), a.updatedByActor());
    }

    /**
     * For the single-assignment GET: with the e-mail, which is personal data, only when the caller may see
     * personal data; otherwise the e-mail is null.
     */
    public StaffAssignmentDetailResponse toDetailResponse(StaffAssignment a, boolean withPersonalData) {
        return new StaffAssignmentDetailResponse(a.id, a.projectId, a.personName, withPersonalData ? a.email : null,
                a.role,
                a.employerOrganisationId, a.placedAtOrganisationId, a.ftePercent, a.startDate, a.endDate, a.version,
                a.createdAt, a.updatedAt, a.createdByActor(), a.updatedByActor());
    }
}
