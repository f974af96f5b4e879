package se.samverkan.funding.domain;

/** The municipal path to a decision, in this order. */
public enum StepKind {
    OFFICIAL_MEMO, COMMITTEE_PROPOSAL, BOARD_DECISION;

    public StepKind next() {
        return this == BOARD_DECISION ? null : values()[ordinal() + 1];
    }
}
