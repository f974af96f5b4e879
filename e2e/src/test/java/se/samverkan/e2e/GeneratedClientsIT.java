package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.client.funding.api.CoFundingApi;
import se.samverkan.client.funding.api.CoFundingApi.APICreateCoFundingRequest;
import se.samverkan.client.funding.api.CoFundingApi.APIGetCoFundingRequest;
import se.samverkan.client.funding.api.LedgerApi;
import se.samverkan.client.funding.api.LedgerApi.APIFinancingRequest;
import se.samverkan.client.funding.model.CoFunding;
import se.samverkan.client.funding.model.CoFundingKind;
import se.samverkan.client.funding.model.CoFundingRequest;
import se.samverkan.client.funding.model.CoFundingStatus;
import se.samverkan.client.funding.model.Financing;
import se.samverkan.client.funding.model.FunderLedger;
import se.samverkan.client.funding.model.YearAmount;
import se.samverkan.client.project.ApiException;
import se.samverkan.client.project.ApiResponse;
import se.samverkan.client.project.api.OrganisationsApi;
import se.samverkan.client.project.api.OrganisationsApi.APICreateOrganisationRequest;
import se.samverkan.client.project.api.OrganisationsApi.APIListOrganisationsRequest;
import se.samverkan.client.project.api.ParticipantsApi;
import se.samverkan.client.project.api.ParticipantsApi.APICreateParticipantRequest;
import se.samverkan.client.project.api.ProjectsApi;
import se.samverkan.client.project.api.ProjectsApi.APICreateProjectRequest;
import se.samverkan.client.project.api.ProjectsApi.APIGetProjectRequest;
import se.samverkan.client.project.api.ProjectsApi.APIListProjectsRequest;
import se.samverkan.client.project.api.ProjectsApi.APIReplaceProjectRequest;
import se.samverkan.client.project.model.Organisation;
import se.samverkan.client.project.model.OrganisationRequest;
import se.samverkan.client.project.model.OrganisationType;
import se.samverkan.client.project.model.PageResponseProjectResponse;
import se.samverkan.client.project.model.ParticipantRequest;
import se.samverkan.client.project.model.ParticipantRole;
import se.samverkan.client.project.model.ParticipationStatus;
import se.samverkan.client.project.model.Project;
import se.samverkan.client.project.model.ProjectRequest;
import se.samverkan.client.project.model.ProjectStatus;
import se.samverkan.devtools.DevToken;

/**
 * The Java clients of the {@code clients} module, generated from the committed OpenAPI documents, against both
 * packaged services: what a national coordinator's own code does with them. The test compiles against the generated
 * classes, so a change of either document that breaks a caller breaks this build; it runs against the real services,
 * so a document that says something the services do not do fails here.
 */
class GeneratedClientsIT {

    private static final String NATIONAL_COORDINATOR = DevToken.mint("national-coordinator", null, null);

    private static Samverkan samverkan;

    @BeforeAll
    static void start() {
        // funding-service's checks against project-service get this test's patience, not production's second:
        // a busy machine's first call between two fresh JVMs must not turn the commitment into a 503
        String patience = Integer.toString(Samverkan.PATIENCE_MILLIS);
        samverkan = Samverkan.start(
                Map.of("PROJECT_API_READ_TIMEOUT_MS", patience, "PROJECT_API_TIMEOUT_MS", patience));
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void aCoordinatorRegistersAProjectExtendsItWithIfMatchAndAMunicipalityCoFundsIt() throws Exception {
        var projectClient = projectClient(NATIONAL_COORDINATOR);
        var organisations = new OrganisationsApi(projectClient);
        var projects = new ProjectsApi(projectClient);

        Organisation ljungby = organisations.listOrganisations(APIListOrganisationsRequest.newBuilder()
                .municipalityCode("0781").build()).getItems().get(0);
        assertEquals("Ljungby kommun", ljungby.getName());
        Organisation owner = organisations.createOrganisation(APICreateOrganisationRequest.newBuilder()
                .organisationRequest(new OrganisationRequest().type(OrganisationType.NATIONAL_ORGANISATION)
                        .name("Hela Sverige ska leva"))
                .build());

        String budget = "1234567.89";
        Project created = projects.createProject(APICreateProjectRequest.newBuilder()
                .projectRequest(new ProjectRequest().code("SIS-CLIENT").name("Service i samverkan")
                        .ownerOrganisationId(owner.getId()).startDate(LocalDate.of(2017, 9, 1))
                        .endDate(LocalDate.of(2020, 2, 29)).status(ProjectStatus.IMPLEMENTATION)
                        .totalBudget(new BigDecimal(budget)))
                .idempotencyKey(UUID.randomUUID().toString())
                .build());
        assertAmount(budget, created.getTotalBudget());

        // GET, change one field, PUT it back with the ETag the GET gave
        ApiResponse<Project> read = projects.getProjectWithHttpInfo(
                APIGetProjectRequest.newBuilder().id(created.getId()).build());
        String etag = read.getHeaders().get("ETag").get(0);
        ProjectRequest change = projectClient.getObjectMapper().convertValue(read.getData(), ProjectRequest.class);
        change.setEndDate(LocalDate.of(2020, 11, 30));
        Project extended = projects.replaceProject(APIReplaceProjectRequest.newBuilder()
                .id(created.getId()).projectRequest(change).ifMatch(etag).build());
        assertEquals(LocalDate.of(2020, 11, 30), extended.getEndDate());
        assertEquals(LocalDate.of(2017, 9, 1), extended.getStartDate());
        assertAmount(budget, extended.getTotalBudget());
        assertEquals(read.getData().getVersion() + 1, extended.getVersion());

        // the same ETag again names an old version: refused with a problem, nothing changed
        change.setEndDate(LocalDate.of(2021, 6, 30));
        ApiException stale = assertThrows(ApiException.class, () -> projects.replaceProject(APIReplaceProjectRequest
                .newBuilder().id(created.getId()).projectRequest(change).ifMatch(etag).build()));
        assertEquals(412, stale.getCode());
        assertEquals("application/problem+json",
                stale.getResponseHeaders().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals(LocalDate.of(2020, 11, 30), projects.getProject(
                APIGetProjectRequest.newBuilder().id(created.getId()).build()).getEndDate());

        PageResponseProjectResponse found = projects.listProjects(APIListProjectsRequest.newBuilder()
                .code("SIS-CLIENT").build());
        assertEquals(1L, found.getTotalItems());
        assertEquals(created.getId(), found.getItems().get(0).getId());
        assertEquals("Service i samverkan", found.getItems().get(0).getName());

        new ParticipantsApi(projectClient).createParticipant(APICreateParticipantRequest.newBuilder()
                .projectId(created.getId())
                .participantRequest(new ParticipantRequest().organisationId(ljungby.getId())
                        .roles(List.of(ParticipantRole.BENEFICIARY)).status(ParticipationStatus.ACTIVE))
                .build());

        // Ljungby's officer commits 40 000.00 SEK a year for three years; the coordinator reads it back
        var officerFunding = fundingClient(DevToken.mint("municipality-officer", ljungby.getId().toString(), null));
        BigDecimal yearly = new BigDecimal("40000.00");
        CoFunding committed = new CoFundingApi(officerFunding).createCoFunding(APICreateCoFundingRequest.newBuilder()
                .coFundingRequest(new CoFundingRequest().projectId(created.getId())
                        .funderOrganisationId(ljungby.getId()).kind(CoFundingKind.CASH)
                        .budgetSource("kommunstyrelsens medel")
                        .schedule(List.of(new YearAmount().year(2017).amount(yearly),
                                new YearAmount().year(2018).amount(yearly),
                                new YearAmount().year(2019).amount(yearly))))
                .build());
        assertEquals(CoFundingStatus.PROPOSED, committed.getStatus());

        var coordinatorFunding = fundingClient(NATIONAL_COORDINATOR);
        CoFunding coFunding = new CoFundingApi(coordinatorFunding).getCoFunding(
                APIGetCoFundingRequest.newBuilder().id(committed.getId()).build());
        assertAmount("120000.00", coFunding.getTotalAmount());
        assertEquals(List.of(2017, 2018, 2019), coFunding.getSchedule().stream().map(YearAmount::getYear).toList());
        coFunding.getSchedule().forEach(year -> assertAmount("40000.00", year.getAmount()));
        assertEquals(ljungby.getId(), coFunding.getFunderOrganisationId());

        Financing financing = new LedgerApi(coordinatorFunding).financing(
                APIFinancingRequest.newBuilder().projectId(created.getId()).build());
        assertEquals(1, financing.getFunders().size());
        FunderLedger ledger = financing.getFunders().get(0);
        assertEquals(ljungby.getId(), ledger.getFunderOrganisationId());
        assertEquals("Ljungby kommun", ledger.getFunderName());
        assertAmount("120000.00", ledger.getCash().getProposed());
        assertAmount("0", ledger.getCash().getApproved());
    }

    /** project-service's client acting with the token; it gives up as every request of these tests does. */
    private static se.samverkan.client.project.ApiClient projectClient(String token) {
        var client = new se.samverkan.client.project.ApiClient(patientHttpClient(),
                se.samverkan.client.project.ApiClient.createDefaultObjectMapper(), samverkan.projectService.baseUrl());
        client.setReadTimeout(Duration.ofMillis(Samverkan.PATIENCE_MILLIS));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static se.samverkan.client.funding.ApiClient fundingClient(String token) {
        var client = new se.samverkan.client.funding.ApiClient(patientHttpClient(),
                se.samverkan.client.funding.ApiClient.createDefaultObjectMapper(), samverkan.fundingService.baseUrl());
        client.setReadTimeout(Duration.ofMillis(Samverkan.PATIENCE_MILLIS));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static HttpClient.Builder patientHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofMillis(Samverkan.PATIENCE_MILLIS));
    }

    /** An amount as the service computed it: the same number of SEK, whatever scale the JSON number was written in. */
    private static void assertAmount(String expected, BigDecimal actual) {
        assertNotNull(actual, "amount");
        assertTrue(new BigDecimal(expected).compareTo(actual) == 0, () -> expected + " SEK expected, got " + actual);
    }
}
