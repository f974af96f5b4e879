package se.samverkan.project.domain;

/** What an organisation is in a project (projektägare, stödmottagare, samverkanspart); several may apply. */
public enum ParticipantRole {
    PROJECT_OWNER, BENEFICIARY, PARTNER
}
