package se.samverkan.funding.domain;

/** The kinds of organisation a call may accept as applicants (project-service's registry types). */
public enum OrganisationType {
    MUNICIPALITY, REGION, COUNTY_ADMINISTRATIVE_BOARD, GOVERNMENT_AGENCY, NATIONAL_ORGANISATION,
    LOCAL_DEVELOPMENT_GROUP, BUSINESS
}
