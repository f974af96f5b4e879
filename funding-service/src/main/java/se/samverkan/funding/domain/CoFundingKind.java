package se.samverkan.funding.domain;

/** Money, or work and premises valued in money. */
public enum CoFundingKind {
    CASH, IN_KIND
}
