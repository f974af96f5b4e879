package se.samverkan.funding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.repository.ApplicationRepository;
import se.samverkan.funding.repository.CallRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.time.SwedishTime;

/** The rules of calls for applications. */
@ApplicationScoped
public class CallService {

    public static final String RESOURCE = "call";

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final History history;
    private final ProjectReferences references;
    private final Clock clock;
    private final AccessPolicy access;

    public CallService(CallRepository calls, ApplicationRepository applications, History history, Clock clock,
            ProjectReferences references, AccessPolicy access) {
        this.access = access;
        this.calls = calls;
        this.applications = applications;
        this.history = history;
        this.clock = clock;
        this.references = references;
    }

    public LocalDate today() {
        return SwedishTime.today(clock);
    }

    public FundingCall get(UUID id) {
        return calls.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Call", id));
    }

    /** Whether the caller may publish this call; asked before an Idempotency-Key is looked up, so replays too. */
    public void checkNew(FundingCall draft) {
        access.mayPublishCall(draft.funderOrganisationId);
    }

    /** The call locked for this transaction's write, once the caller may change it ({@link AccessPolicy}). */
    private FundingCall changeable(UUID id) {
        FundingCall call = calls.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Call", id));
        access.mayChangeCall(call);
        return call;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<FundingCall> list(CallRepository.Filter filter, PageRequest page) {
        return PageResponse.of(calls.search(filter, today(), page), page);
    }

    @Transactional
    public FundingCall create(FundingCall draft) {
        access.mayPublishCall(draft.funderOrganisationId);
        references.organisation(draft.funderOrganisationId, "funderOrganisationId");
        checkRules(draft);
        calls.persistAndFlush(draft);
        history.record(RESOURCE, draft.id, draft.version, HistoryEntry.Action.CREATED, draft);
        return draft;
    }

    @Transactional
    public FundingCall replace(UUID id, IfMatch ifMatch, Consumer<FundingCall> changes) {
        FundingCall call = changeable(id);
        ifMatch.check(call.version);
        UUID funder = call.funderOrganisationId;
        changes.accept(call);
        access.mayPublishCall(call.funderOrganisationId);
        if (!funder.equals(call.funderOrganisationId)) {
            references.organisation(call.funderOrganisationId, "funderOrganisationId");
        }
        checkRules(call);
        calls.flush();
        history.record(RESOURCE, call.id, call.version, HistoryEntry.Action.UPDATED, call);
        return call;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        FundingCall call = changeable(id);
        ifMatch.check(call.version);
        long count = applications.countForCall(id);
        if (count > 0) {
            throw ProblemException.conflict("call-has-applications", "The call has " + count
                    + " application(s); cancel it instead (cancelled: true) so that their history stays");
        }
        history.record(RESOURCE, call.id, call.version, HistoryEntry.Action.DELETED, call);
        calls.delete(call);
        calls.flush();
    }

    /** A page of the versions, oldest first, also of a deleted one: the trail outlives the resource. */
    @Transactional
    public PageResponse<HistoryEntry> history(UUID id, PageRequest request) {
        PageResponse<HistoryEntry> versions = history.of(RESOURCE, id, request);
        if (versions.totalItems() == 0) {
            get(id);
        }
        return versions;
    }

    private static void checkRules(FundingCall call) {
        if (call.closesOn.isBefore(call.opensOn)) {
            throw ProblemException.ruleBroken("call-dates", "The call closes on " + call.closesOn
                    + ", before it opens on " + call.opensOn);
        }
        if (call.minAmount != null && call.maxAmount != null && call.minAmount.compareTo(call.maxAmount) > 0) {
            throw ProblemException.ruleBroken("amount-band", "minAmount " + Sek.of(call.minAmount)
                    + " is above maxAmount " + Sek.of(call.maxAmount));
        }
    }
}
