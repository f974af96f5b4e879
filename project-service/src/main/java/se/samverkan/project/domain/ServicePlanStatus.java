package se.samverkan.project.domain;

/** How far a municipality's plan for service in rural areas has come; it only moves forward, one step at a time. */
public enum ServicePlanStatus {
    NOT_STARTED, DRAFTING, CONSULTATION, ADOPTED;

    public boolean canMoveTo(ServicePlanStatus target) {
        return target == this || target.ordinal() == ordinal() + 1;
    }

    /**
     * Whether the plan counts as adopted in {@code /stats/participation} and the overview. The kept counts' SQL
     * (V4__participation_totals.sql) says the same (CountedStatusesTest checks that it does).
     */
    public boolean countsAsAdopted() {
        return this == ADOPTED;
    }
}
