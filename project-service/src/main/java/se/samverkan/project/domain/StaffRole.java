package se.samverkan.project.domain;

/** A person's role in a project (processledare, regional samordnare, nationell samordnare). */
public enum StaffRole {
    /** Works operationally in one participating municipality. */
    PROCESS_LEADER,
    /** Works for one participating region or county administrative board. */
    REGIONAL_COORDINATOR,
    /** Appointed by the national organisation. */
    NATIONAL_COORDINATOR
}
