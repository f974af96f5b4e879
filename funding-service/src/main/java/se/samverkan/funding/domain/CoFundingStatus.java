package se.samverkan.funding.domain;

/**
 * Set by the decision of the commitment's decision case, never by a plain update; a decision the court quashes
 * returns it to PROPOSED.
 */
public enum CoFundingStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN
}
