package se.samverkan.funding.domain;

/** The administrative court's ruling on an appeal: rejected (the decision stands) or the decision quashed. */
public enum AppealOutcome {
    REJECTED, QUASHED
}
