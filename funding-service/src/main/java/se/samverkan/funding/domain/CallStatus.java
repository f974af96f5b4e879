package se.samverkan.funding.domain;

/** Follows from the call's dates, unless the call was cancelled. */
public enum CallStatus {
    UPCOMING, OPEN, CLOSED, CANCELLED
}
