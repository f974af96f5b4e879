package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.OpenDataSchemas;

/**
 * The open-data exports of both services over real HTTP, with the real transactions between them: the demo case's
 * IATI activity and 360Giving grants, and a generated data set, each valid against the published schemas (IATI 2.03
 * XSD, 360Giving 1.4.3 JSON Schema), read by a viewer.
 */
class OpenDataIT {

    private static final String VIEWER = DevToken.mint("viewer", null, null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GENERATED = 12;

    private static Samverkan samverkan;
    private static DemoCase.Result demo;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
        demo = samverkan.loadDemo();
        generate();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void theDemoCasesIatiActivityShowsLjungbysCommitmentsItsMunicipalitiesAndItsDates() throws Exception {
        byte[] xml = iati("?projectId=" + demo.projectId());
        assertEquals(List.of(), OpenDataSchemas.iatiErrors(xml));
        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("1", xpath.evaluate("count(/iati-activities/iati-activity)", document));
        assertEquals("Service i samverkan", xpath.evaluate("//iati-activity/title/narrative", document));
        String ljungby = "[provider-org/@ref='360G-samverkan-org-" + demo.ljungbyId() + "']";
        NodeList commitments = (NodeList) xpath.evaluate("//transaction[transaction-type/@code='11']" + ljungby,
                document, XPathConstants.NODESET);
        assertEquals(3, commitments.getLength());
        for (int i = 0; i < commitments.getLength(); i++) {
            assertEquals("40000.00", xpath.evaluate("value", commitments.item(i)));
            assertEquals("2017-04-11", xpath.evaluate("transaction-date/@iso-date", commitments.item(i)));
            assertEquals("Ljungby kommun", xpath.evaluate("provider-org/narrative", commitments.item(i)));
        }
        assertEquals("3", xpath.evaluate("count(//transaction[transaction-type/@code='1']" + ljungby + ")", document));
        assertEquals("11", xpath.evaluate("count(//location[feature-designation/@code='ADM2'])", document));
        assertEquals("Ljungby kommun", xpath.evaluate("//location[@ref='SCB-0781']/name/narrative", document));
        assertEquals("1", xpath.evaluate("count(//participating-org[@role='1'][narrative='Ljungby kommun'])",
                document));
        assertEquals("1", xpath.evaluate("count(//participating-org[@role='1'][narrative='Tillväxtverket'])",
                document));
        // the participants' own roles (read per participant from participant_role): the owner accountable (2), the
        // municipalities taking part implementing (4)
        assertEquals("true", xpath.evaluate("count(//participating-org[@role='2']) >= 1", document),
                "the project owner's role is in the export");
        assertEquals("true", xpath.evaluate("count(//participating-org[@role='4']) >= 1", document),
                "the participants' roles are in the export");
        assertEquals("2017-09-01", xpath.evaluate("//activity-date[@type='1']/@iso-date", document));
        assertEquals("2017-09-01", xpath.evaluate("//activity-date[@type='2']/@iso-date", document));
        assertEquals("2020-11-30", xpath.evaluate("//activity-date[@type='3']/@iso-date", document));
        assertEquals("2", xpath.evaluate("//activity-status/@code", document));
        assertEquals("SE", xpath.evaluate("//recipient-country/@code", document));
        assertEquals("sv", xpath.evaluate("//title/narrative/@*[local-name()='lang']", document));
        // no personal data: the staff are not published, not even by role
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!text.contains("Processledare") && !text.contains("createdBy") && !text.contains("admin"));
    }

    @Test
    void theDemoCasesGrantForLjungbysCoFundingCarriesTheBoardDecisionsDate() throws Exception {
        byte[] body = grants("?funderOrganisationId=" + demo.ljungbyId());
        assertEquals(List.of(), OpenDataSchemas.grantPackageErrors(body));
        JsonNode grants = JSON.readTree(body).get("grants");
        assertEquals(1, grants.size());
        JsonNode grant = grants.get(0);
        assertEquals("360G-samverkan-co-funding-" + demo.ljungbyCoFundingId(), grant.get("id").asText());
        assertEquals("2017-04-11", grant.get("awardDate").asText());
        assertEquals(0, grant.get("amountAwarded").decimalValue().compareTo(new java.math.BigDecimal("120000")));
        assertEquals("SEK", grant.get("currency").asText());
        assertEquals("Ljungby kommun", grant.at("/fundingOrganization/0/name").asText());
        assertEquals("Riksorganisationen Hela Sverige ska leva", grant.at("/recipientOrganization/0/name").asText());
        assertEquals(11, grant.get("beneficiaryLocation").size());
        assertEquals("2017-09-01", grant.at("/plannedDates/0/startDate").asText());

        JsonNode all = JSON.readTree(grants("?year=2017")).get("grants");
        JsonNode application = null;
        for (JsonNode g : all) {
            if (g.get("id").asText().endsWith(demo.applicationId())) {
                application = g;
            }
        }
        assertEquals("2017-06-30", application.get("awardDate").asText());
        assertEquals("Utveckling av lokala servicelösningar", application.at("/grantProgramme/0/title").asText());
        assertEquals(0, JSON.readTree(grants("?year=2018&funderOrganisationId=" + demo.ljungbyId()))
                .get("grants").size());
    }

    @Test
    void theWholeGeneratedDataSetExportsValidIatiAnd360Giving() throws Exception {
        byte[] xml = iati("");
        assertEquals(List.of(), OpenDataSchemas.iatiErrors(xml));
        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        assertEquals(String.valueOf(GENERATED + 1), XPathFactory.newInstance().newXPath()
                .evaluate("count(/iati-activities/iati-activity)", document));
        byte[] grants = grants("");
        assertEquals(List.of(), OpenDataSchemas.grantPackageErrors(grants));
        // the demo's co-funding and grant, and per generated project one co-funding and one grant
        assertEquals(2 + 2 * GENERATED, JSON.readTree(grants).get("grants").size());
    }

    @Test
    void aFilterThatMatchesNoProjectIsA404AndAnUnknownStatusA400() {
        given().baseUri(samverkan.projectService.baseUrl()).auth().oauth2(VIEWER)
                .get("/exports/iati-activities?status=CANCELLED").then().statusCode(404)
                .contentType("application/problem+json");
        given().baseUri(samverkan.projectService.baseUrl()).auth().oauth2(VIEWER)
                .get("/exports/iati-activities?status=RUNNING").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static byte[] iati(String query) {
        return given().baseUri(samverkan.projectService.baseUrl()).auth().oauth2(VIEWER)
                .get("/exports/iati-activities" + query).then().statusCode(200).contentType("application/xml")
                .extract().asByteArray();
    }

    private static byte[] grants(String query) {
        return given().baseUri(samverkan.fundingService.baseUrl()).auth().oauth2(VIEWER)
                .get("/exports/360giving" + query).then().statusCode(200).contentType("application/json")
                .extract().asByteArray();
    }

    /**
     * Projects of every kind of owner, with municipalities taking part, an approved co-funding decided by a board, a
     * granted application and disbursements of both, all through the public API.
     */
    private static void generate() {
        ApiClient projects = new ApiClient(samverkan.projectService.baseUrl(), Samverkan.ADMIN_TOKEN);
        ApiClient funding = new ApiClient(samverkan.fundingService.baseUrl(), Samverkan.ADMIN_TOKEN);
        String[] codes = {"2505", "2421", "0765", "0583", "0428", "2039"};
        List<String> municipalities = new ArrayList<>();
        for (String code : codes) {
            municipalities.add(projects.first("/organisations", Map.of("municipalityCode", code)).orElseThrow()
                    .get("id").asText());
        }
        String agency = projects.create("/organisations", "gen:agency", json(Map.of("type", "GOVERNMENT_AGENCY",
                "name", "Generated agency", "organisationNumber", "202100-6255"))).get("id").asText();
        String call = funding.create("/calls", "gen:call", json(Map.of("funderOrganisationId", agency,
                "title", "Generated call", "opensOn", "2018-01-01", "closesOn", "2018-03-31",
                "eligibleApplicantTypes", List.of("MUNICIPALITY")))).get("id").asText();
        for (int i = 0; i < GENERATED; i++) {
            String owner = municipalities.get(i % municipalities.size());
            String project = projects.create("/projects", "gen:project:" + i, json(Map.of("code", "GEN-" + i,
                    "name", "Genererat projekt " + i + " – åäö", "ownerOrganisationId", owner,
                    "startDate", "2018-01-01", "endDate", "2020-12-31",
                    "status", i % 3 == 0 ? "CLOSED" : "IMPLEMENTATION", "totalBudget", 1_000_000 + i,
                    "objectives", List.of("Service på landsbygden")))).get("id").asText();
            String partner = municipalities.get((i + 1) % municipalities.size());
            projects.create("/projects/" + project + "/participants", "gen:owner:" + i,
                    json(Map.of("organisationId", owner, "status", "ACTIVE", "roles", List.of("PROJECT_OWNER"))));
            projects.create("/projects/" + project + "/participants", "gen:partner:" + i,
                    json(Map.of("organisationId", partner, "status", "ACTIVE", "roles", List.of("BENEFICIARY"))));
            String coFunding = funding.create("/co-funding", "gen:co-funding:" + i, json(Map.of("projectId", project,
                    "funderOrganisationId", partner, "kind", i % 2 == 0 ? "CASH" : "IN_KIND",
                    "budgetSource", "Generated budget", "schedule", List.of(Map.of("year", 2018, "amount", 10000 + i),
                            Map.of("year", 2019, "amount", 20000))))).get("id").asText();
            String decisionCase = funding.create("/decision-cases", "gen:case:" + i, json(Map.of(
                    "organisationId", partner, "caseNumber", "KS 2018/" + i, "subject", "Medfinansiering " + i,
                    "coFundingIds", List.of(coFunding)))).get("id").asText();
            funding.action("/decision-cases/" + decisionCase + "/steps", json(Map.of("kind", "OFFICIAL_MEMO",
                    "date", "2018-02-01", "body", "Förvaltningen", "recommendation", "APPROVED")), 201, 200);
            funding.action("/decision-cases/" + decisionCase + "/steps", json(Map.of("kind", "COMMITTEE_PROPOSAL",
                    "date", "2018-02-15", "body", "Arbetsutskottet", "recommendation", "APPROVED")), 201, 200);
            funding.action("/decision-cases/" + decisionCase + "/steps", json(Map.of("kind", "BOARD_DECISION",
                    "date", "2018-03-01", "body", "Kommunstyrelsen", "outcome", "APPROVED", "paragraph", "§ " + i,
                    "legalBasis", "KL 2017:725", "minutesApprovedOn", "2018-03-05", "publicNoticeOn", "2018-03-06")),
                    201, 200);
            String application = funding.create("/applications", "gen:application:" + i, json(Map.of("callId", call,
                    "projectId", project, "applicantOrganisationId", owner, "requestedAmount", 500000)))
                    .get("id").asText();
            funding.action("/applications/" + application + "/submit", json(Map.of("submittedOn", "2018-03-01")), 200);
            funding.action("/applications/" + application + "/grant", json(Map.of("grantedAmount", 400000,
                    "decidedOn", "2018-05-01", "caseNumber", "GEN " + i)), 200);
            funding.create("/disbursements", "gen:paid:co-funding:" + i, json(Map.of("coFundingId", coFunding,
                    "year", 2018, "amount", 10000 + i, "paidOn", "2018-12-01")));
            funding.create("/disbursements", "gen:paid:grant:" + i, json(Map.of("applicationId", application,
                    "year", 2018, "amount", 100000, "paidOn", "2018-12-01")));
        }
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
