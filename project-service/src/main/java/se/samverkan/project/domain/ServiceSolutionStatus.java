package se.samverkan.project.domain;

public enum ServiceSolutionStatus {
    IDEA, INITIATED, IN_OPERATION, DISCONTINUED
}
