package se.samverkan.project.rest.mapping;

import se.samverkan.project.client.TransactionView;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ProjectStatus;

/**
 * Every value of ours that the IATI 2.03 export writes as a code, and the code list it comes from
 * (https://iatistandard.org/en/iati-standard/203/codelists/). The one place that knows IATI's codes:
 * IatiCodesTest maps every constant of every enum here.
 */
public final class IatiCodes {

    /** OrganisationRole: the organisations that put money in (co-funders and the grants' funders). */
    public static final String ROLE_FUNDING = "1";
    /** OrganisationRole: the project's owner, which manages the money on the funders' behalf. */
    public static final String ROLE_EXTENDING = "3";

    /** ActivityDateType. */
    public static final String PLANNED_START = "1";
    public static final String ACTUAL_START = "2";
    public static final String PLANNED_END = "3";
    public static final String ACTUAL_END = "4";

    /** BudgetType 1 (original) and BudgetStatus 1 (indicative): the total budget spread over the years by days. */
    public static final String BUDGET_ORIGINAL = "1";
    public static final String BUDGET_INDICATIVE = "1";

    /** DescriptionType 1: general. */
    public static final String DESCRIPTION_GENERAL = "1";

    /** Country (ISO 3166-1 alpha-2). */
    public static final String SWEDEN = "SE";

    /** GeographicLocationReach 1: the activity happens there. */
    public static final String LOCATION_REACH_ACTIVITY = "1";
    /** GeographicLocationClass 1: an administrative region. */
    public static final String LOCATION_CLASS_ADMINISTRATIVE = "1";
    /** GeographicExactness 1: exact. */
    public static final String EXACTNESS_EXACT = "1";
    /** LocationType (GeoNames feature codes): a municipality is a second-order, a county a first-order division. */
    public static final String FEATURE_MUNICIPALITY = "ADM2";
    public static final String FEATURE_COUNTY = "ADM1";

    /** Currency (ISO 4217). */
    public static final String CURRENCY = "SEK";

    private IatiCodes() {
    }

    /** ActivityStatus: our project status is IATI's scale, by name. */
    public static String activityStatus(ProjectStatus status) {
        return switch (status) {
            case PIPELINE -> "1";
            case IMPLEMENTATION -> "2";
            case FINALISATION -> "3";
            case CLOSED -> "4";
            case CANCELLED -> "5";
            case SUSPENDED -> "6";
        };
    }

    /** Whether a project in this status has actually started (activity-date type 2 is its start date). */
    public static boolean started(ProjectStatus status) {
        return switch (status) {
            case PIPELINE, CANCELLED -> false;
            case IMPLEMENTATION, FINALISATION, CLOSED, SUSPENDED -> true;
        };
    }

    /** Whether a project in this status has actually ended (activity-date type 4 is its end date). */
    public static boolean ended(ProjectStatus status) {
        return switch (status) {
            case FINALISATION, CLOSED -> true;
            case PIPELINE, IMPLEMENTATION, CANCELLED, SUSPENDED -> false;
        };
    }

    /**
     * OrganisationRole of a participant: the project's owners (projektägare) are accountable (2); beneficiaries and
     * partners do the work (implementing, 4).
     */
    public static String organisationRole(ParticipantRole role) {
        return switch (role) {
            case PROJECT_OWNER -> "2";
            case BENEFICIARY, PARTNER -> "4";
        };
    }

    /**
     * OrganisationType: municipalities and regions are local government (11); the state's county administrative boards
     * and agencies are government (10); national organisations and village associations are national NGOs (22);
     * businesses are the private sector (70).
     */
    public static String organisationType(OrganisationType type) {
        return switch (type) {
            case MUNICIPALITY, REGION -> "11";
            case COUNTY_ADMINISTRATIVE_BOARD, GOVERNMENT_AGENCY -> "10";
            case NATIONAL_ORGANISATION, LOCAL_DEVELOPMENT_GROUP -> "22";
            case BUSINESS -> "70";
        };
    }

    /**
     * TransactionType, as the reporting organisation (the project's owner) sees the money: a funder's firm commitment
     * is an incoming commitment (11), money paid to the project is incoming funds (1).
     */
    public static String transactionType(TransactionView.Type type) {
        return switch (type) {
            case COMMITMENT -> "11";
            case DISBURSEMENT -> "1";
        };
    }
}
