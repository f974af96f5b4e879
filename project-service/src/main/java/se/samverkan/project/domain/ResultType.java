package se.samverkan.project.domain;

/** IATI's result types (ResultType codes 1, 2, 3 and 9). */
public enum ResultType {
    OUTPUT, OUTCOME, IMPACT, OTHER
}
