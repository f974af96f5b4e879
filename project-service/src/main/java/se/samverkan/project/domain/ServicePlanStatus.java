package se.samverkan.project.domain;

/** How far a municipality's plan for service in rural areas has come; it only moves forward, one step at a time. */
public enum ServicePlanStatus {
    NOT_STARTED, DRAFTING, CONSULTATION, ADOPTED;

    public boolean canMoveTo(ServicePlanStatus target) {
        return target == this || target.ordinal() == ordinal() + 1;
    }
}
