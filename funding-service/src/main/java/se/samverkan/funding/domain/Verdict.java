package se.samverkan.funding.domain;

/** A memo's or proposal's recommendation, and a board decision's outcome. */
public enum Verdict {
    APPROVED, REJECTED
}
