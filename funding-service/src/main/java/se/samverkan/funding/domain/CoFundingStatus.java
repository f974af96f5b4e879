package se.samverkan.funding.domain;

/** Set by the board decision of the commitment's decision case, never by a plain update. */
public enum CoFundingStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN
}
