package se.samverkan.funding.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * DUE → SUBMITTED → APPROVED, or RETURNED (sent back) → SUBMITTED again. A report not submitted by its due date is
 * OVERDUE from the next day in Sweden (set by the scheduled check, or at once when it is scheduled late), and is
 * still submitted from there.
 */
public enum ReportStatus {
    DUE, OVERDUE, SUBMITTED, APPROVED, RETURNED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case DUE, RETURNED -> EnumSet.of(SUBMITTED, OVERDUE);
            case OVERDUE -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case APPROVED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    public List<ReportStatus> reachedFrom() {
        return Arrays.stream(values()).filter(status -> status.canMoveTo(this)).toList();
    }

    /** Waiting for the recipient: these become OVERDUE once their due date has passed. */
    public boolean awaitsRecipient() {
        return this == DUE || this == RETURNED;
    }

    /** Nothing submitted yet: the duty's dates may still be changed, and it may be deleted. */
    public boolean editable() {
        return this == DUE || this == OVERDUE || this == RETURNED;
    }
}
