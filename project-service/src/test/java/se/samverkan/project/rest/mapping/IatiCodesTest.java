package se.samverkan.project.rest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkan.project.client.TransactionView;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ProjectStatus;

/**
 * Every constant of every enum the IATI export writes has its code, and the code is one of the IATI 2.03 code list's:
 * a new constant without a mapping fails here (the switches have no default), and so does a code IATI does not have.
 */
class IatiCodesTest {

    // the IATI 2.03 code lists (iatistandard.org/en/iati-standard/203/codelists/) for the codes we write
    private static final Set<String> ACTIVITY_STATUS = Set.of("1", "2", "3", "4", "5", "6");
    private static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");
    private static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40",
            "60", "70", "71", "72", "73", "80", "90");
    private static final Set<String> TRANSACTION_TYPE = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12", "13");

    @Test
    void everyProjectStatusIsTheActivityStatusOfTheSameName() {
        Map<ProjectStatus, String> expected = new EnumMap<>(Map.of(ProjectStatus.PIPELINE, "1",
                ProjectStatus.IMPLEMENTATION, "2", ProjectStatus.FINALISATION, "3", ProjectStatus.CLOSED, "4",
                ProjectStatus.CANCELLED, "5", ProjectStatus.SUSPENDED, "6"));
        for (ProjectStatus status : ProjectStatus.values()) {
            assertEquals(expected.get(status), IatiCodes.activityStatus(status), status.name());
            assertTrue(ACTIVITY_STATUS.contains(IatiCodes.activityStatus(status)));
        }
    }

    @Test
    void onlyStartedProjectsHaveAnActualStartAndOnlyFinishedOnesAnActualEnd() {
        for (ProjectStatus status : ProjectStatus.values()) {
            boolean started = IatiCodes.started(status);
            boolean ended = IatiCodes.ended(status);
            assertEquals(status != ProjectStatus.PIPELINE && status != ProjectStatus.CANCELLED, started, status.name());
            assertEquals(status == ProjectStatus.FINALISATION || status == ProjectStatus.CLOSED, ended, status.name());
            assertFalse(ended && !started, status.name() + " ends without having started");
        }
    }

    @Test
    void ownersAreAccountableAndBeneficiariesAndPartnersImplement() {
        assertEquals("2", IatiCodes.organisationRole(ParticipantRole.PROJECT_OWNER));
        assertEquals("4", IatiCodes.organisationRole(ParticipantRole.BENEFICIARY));
        assertEquals("4", IatiCodes.organisationRole(ParticipantRole.PARTNER));
        for (ParticipantRole role : ParticipantRole.values()) {
            assertTrue(ORGANISATION_ROLE.contains(IatiCodes.organisationRole(role)), role.name());
        }
        assertEquals("1", IatiCodes.ROLE_FUNDING);
        assertEquals("3", IatiCodes.ROLE_EXTENDING);
    }

    @Test
    void everyOrganisationTypeHasAnIatiOrganisationType() {
        Map<OrganisationType, String> expected = new EnumMap<>(Map.of(OrganisationType.MUNICIPALITY, "11",
                OrganisationType.REGION, "11", OrganisationType.COUNTY_ADMINISTRATIVE_BOARD, "10",
                OrganisationType.GOVERNMENT_AGENCY, "10", OrganisationType.NATIONAL_ORGANISATION, "22",
                OrganisationType.LOCAL_DEVELOPMENT_GROUP, "22", OrganisationType.BUSINESS, "70"));
        for (OrganisationType type : OrganisationType.values()) {
            assertEquals(expected.get(type), IatiCodes.organisationType(type), type.name());
            assertTrue(ORGANISATION_TYPE.contains(IatiCodes.organisationType(type)));
        }
    }

    @Test
    void commitmentsAndDisbursementsAreIncomingForTheProjectsOwner() {
        assertEquals("11", IatiCodes.transactionType(TransactionView.Type.COMMITMENT));
        assertEquals("1", IatiCodes.transactionType(TransactionView.Type.DISBURSEMENT));
        for (TransactionView.Type type : TransactionView.Type.values()) {
            assertTrue(TRANSACTION_TYPE.contains(IatiCodes.transactionType(type)), type.name());
        }
    }
}
