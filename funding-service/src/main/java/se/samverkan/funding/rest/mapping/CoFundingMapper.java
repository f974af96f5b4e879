package se.samverkan.funding.rest.mapping;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.ScheduleEntry;
import se.samverkan.funding.rest.CoFundingRequest;
import se.samverkan.funding.rest.CoFundingResponse;

@ApplicationScoped
public class CoFundingMapper {

    public CoFunding toEntity(CoFundingRequest request) {
        CoFunding commitment = new CoFunding();
        apply(request, commitment);
        return commitment;
    }

    public void apply(CoFundingRequest request, CoFunding commitment) {
        commitment.projectId = request.projectId();
        commitment.funderOrganisationId = request.funderOrganisationId();
        commitment.kind = request.kind();
        commitment.budgetSource = Texts.strip(request.budgetSource());
        List<ScheduleEntry> schedule = request.schedule().stream()
                .map(e -> new ScheduleEntry(e.year(), Amounts.sek(e.amount())))
                .sorted(Comparator.comparingInt(e -> e.year))
                .toList();
        commitment.replaceSchedule(schedule);
    }

    public CoFundingResponse toResponse(CoFunding c) {
        List<CoFundingRequest.YearAmount> schedule = c.schedule.stream()
                .sorted(Comparator.comparingInt(e -> e.year))
                .map(e -> new CoFundingRequest.YearAmount(e.year, e.amount))
                .toList();
        return new CoFundingResponse(c.id, c.projectId, c.funderOrganisationId, c.kind, c.budgetSource, schedule,
                c.totalAmount, c.status, c.decisionCaseId, c.appealWindowEndsOn, c.legallyFinal,
                c.version, c.createdAt, c.updatedAt, c.createdByActor(), c.updatedByActor());
    }
}
