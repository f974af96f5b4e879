package se.samverkan.project.domain;

public enum ServiceSolutionStatus {
    IDEA, INITIATED, IN_OPERATION, DISCONTINUED;

    /**
     * Whether the solution counts as in operation in {@code /stats/participation} and the overview. The kept counts'
     * SQL (V4__participation_totals.sql) says the same (CountedStatusesTest checks that it does).
     */
    public boolean countsAsInOperation() {
        return this == IN_OPERATION;
    }
}
