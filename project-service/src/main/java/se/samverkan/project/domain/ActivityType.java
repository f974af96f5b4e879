package se.samverkan.project.domain;

/** Kinds of experience exchange (erfarenhetsutbyte) between participants. */
public enum ActivityType {
    NETWORK_MEETING, WORKSHOP, STUDY_VISIT, CONFERENCE, WEBINAR, OTHER
}
