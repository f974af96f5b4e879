package se.samverkan.funding.domain;

/**
 * Set by the decision of the commitment's decision case, never by a plain update; a decision the court quashes
 * returns it to PROPOSED.
 */
public enum CoFundingStatus {
    PROPOSED, APPROVED, REJECTED, WITHDRAWN;

    /**
     * Whether the commitment's schedule is money committed: approved co-funding in the ledger and in
     * {@code /stats/funding}, and what may be disbursed. The kept totals' SQL says the same (CountedStatusesTest checks
     * that it does).
     */
    public boolean commitsMoney() {
        return this == APPROVED;
    }
}
