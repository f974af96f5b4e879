package se.samverkan.funding.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** DRAFT → SUBMITTED → GRANTED | REJECTED; WITHDRAWN before a decision. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, GRANTED, REJECTED, WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(GRANTED, REJECTED, WITHDRAWN);
            case GRANTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The statuses from which an application can move to this one. */
    public List<ApplicationStatus> reachedFrom() {
        return Arrays.stream(values()).filter(status -> status.canMoveTo(this)).toList();
    }

    /** Only a draft may be edited or deleted: what was submitted is what the funder decides on. */
    public boolean editable() {
        return this == DRAFT;
    }

    /**
     * Whether the application's granted amount is money granted: in the ledger, in {@code /stats/funding}, and as
     * what may be disbursed. The kept totals' SQL says the same (CountedStatusesTest checks that it does).
     */
    public boolean grantsMoney() {
        return this == GRANTED;
    }
}
