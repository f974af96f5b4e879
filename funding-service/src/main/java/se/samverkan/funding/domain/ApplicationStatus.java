package se.samverkan.funding.domain;

/** DRAFT → SUBMITTED → GRANTED | REJECTED; WITHDRAWN before a decision. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, GRANTED, REJECTED, WITHDRAWN
}
