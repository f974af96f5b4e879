package se.samverkan.project.domain;

/** IATI's activity status codes (1-6), by name. */
public enum ProjectStatus {
    PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, CANCELLED, SUSPENDED
}
