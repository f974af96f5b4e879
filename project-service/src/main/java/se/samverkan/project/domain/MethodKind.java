package se.samverkan.project.domain;

public enum MethodKind {
    METHOD, MODEL, WORKING_PRACTICE, GUIDE
}
