package se.samverkan.project.domain;

/**
 * What the record itself measures, so nobody types a number the system already knows. Counted per period from the
 * project's own rows (OverviewRepository's sibling, ResultRepository.measuredActuals, holds the SQL):
 * <ul>
 * <li>SERVICE_PLANS_ADOPTED: plans ADOPTED, by adoptedOn</li>
 * <li>SERVICE_SOLUTIONS_IN_OPERATION: solutions IN_OPERATION, by startedOn (or the day they were recorded)</li>
 * <li>PARTICIPATING_MUNICIPALITIES: municipalities taking part at some time in the period</li>
 * <li>METHODS_PUBLISHED: methods, by publishedOn</li>
 * </ul>
 * An indicator that is {@code cumulative} counts everything up to the period's end; otherwise only what happened
 * inside the period (a participation is always counted as a state during the period).
 */
public enum MeasuredBy {
    SERVICE_PLANS_ADOPTED, SERVICE_SOLUTIONS_IN_OPERATION, PARTICIPATING_MUNICIPALITIES, METHODS_PUBLISHED
}
