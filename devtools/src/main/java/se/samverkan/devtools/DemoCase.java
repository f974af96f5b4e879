package se.samverkan.devtools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the case Samverkan started from, <i>Service i samverkan</i> (2017–2020), through the public API
 * of both services, so the demo also exercises the API. Every create carries an Idempotency-Key and
 * every action first looks at the current state, so running it again changes nothing.
 *
 * <p>The facts and their sources are in docs/demo-case.md. What
 * the sources do not give (exact days, case numbers, §, amounts of the grant, which municipality got
 * which solution, the other process leaders' placements) is marked "(exempel)" in the data, and people
 * appear by role, never by invented names.
 *
 * <pre>java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.DemoCase PROJECT_URL FUNDING_URL [TOKEN]</pre>
 */
public final class DemoCase {

    private static final Logger LOG = Logger.getLogger(DemoCase.class.getName());
    private static final String EXAMPLE = " (exempel)";

    /** The eleven municipalities that took part, with SCB codes, in the order the sources list them. */
    static final Map<String, String> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        MUNICIPALITIES.put("2505", "Arvidsjaur");
        MUNICIPALITIES.put("2421", "Storuman");
        MUNICIPALITIES.put("2482", "Skellefteå");
        MUNICIPALITIES.put("2039", "Älvdalen");
        MUNICIPALITIES.put("2085", "Ludvika");
        MUNICIPALITIES.put("0765", "Älmhult");
        MUNICIPALITIES.put("0781", "Ljungby");
        MUNICIPALITIES.put("0583", "Motala");
        MUNICIPALITIES.put("0581", "Norrköping");
        MUNICIPALITIES.put("0428", "Vingåker");
        MUNICIPALITIES.put("0482", "Flen");
    }

    private static final String[] SOLUTION_CATEGORIES = {"GROCERY_STORE", "FUEL", "PARCEL_AND_MAIL",
        "PHARMACY_AGENT", "SERVICE_POINT", "GROCERY_STORE", "SERVICE_POINT", "PARCEL_AND_MAIL", "DIGITAL_SERVICES",
        "GROCERY_STORE", "FUEL"};

    private final ApiClient projects;
    private final ApiClient funding;

    /** What the loader made, for the caller to show. */
    public record Result(String projectId, String ljungbyId, String funderId, String ljungbyCoFundingId,
            String decisionCaseId, String applicationId) {
    }

    public DemoCase(ApiClient projects, ApiClient funding) {
        this.projects = projects;
        this.funding = funding;
    }

    public static void main(String[] args) {
        String token = args.length > 2 ? args[2] : null;
        Result result = new DemoCase(new ApiClient(args[0], token), new ApiClient(args[1], token)).load();
        // key=value lines for the run command
        System.out.println("project=" + result.projectId());
        System.out.println("ljungby=" + result.ljungbyId());
        System.out.println("funder=" + result.funderId());
    }

    public Result load() {
        String hssl = organisation("NATIONAL_ORGANISATION", "Riksorganisationen Hela Sverige ska leva", null);
        String tillvaxtverket = organisation("GOVERNMENT_AGENCY", "Tillväxtverket", null);
        Map<String, String> municipalities = new LinkedHashMap<>();
        MUNICIPALITIES.forEach((code, name) -> municipalities.put(code, municipality(code)));
        String ljungby = municipalities.get("0781");
        List<String> coFundingRegions = List.of(region("25"), board("24", "Länsstyrelsen i Västerbottens län"),
                region("05"), board("20", "Länsstyrelsen i Dalarnas län"));
        List<String> collaboratingRegions = List.of(region("04"), region("07"));

        String projectId = project(hssl);
        participant(projectId, hssl, "PROJECT_OWNER");
        municipalities.values().forEach(id -> participant(projectId, id, "PROJECT_OWNER", "BENEFICIARY"));
        coFundingRegions.forEach(id -> participant(projectId, id, "PARTNER"));
        collaboratingRegions.forEach(id -> participant(projectId, id, "PARTNER"));

        staff(projectId, hssl, ljungby);
        outputs(projectId, hssl, municipalities);

        String callId = call(tillvaxtverket);
        String applicationId = application(callId, projectId, hssl);
        String coFundingId = ljungbysCoFunding(projectId, ljungby);
        String caseId = ljungbysDecision(ljungby, coFundingId);
        disbursements(coFundingId, applicationId);
        LOG.info("Service i samverkan is loaded: project " + projectId);
        return new Result(projectId, ljungby, tillvaxtverket, coFundingId, caseId, applicationId);
    }

    /** Idempotency keys are visible ASCII: the demo's readable keys with anything else replaced. */
    static String key(String readable) {
        return readable.replaceAll("[^A-Za-z0-9:._-]", "_");
    }

    // --- organisations -------------------------------------------------------------------------------

    private String municipality(String code) {
        return projects.first("/organisations", Map.of("type", "MUNICIPALITY", "municipalityCode", code))
                .orElseThrow(() -> new IllegalStateException("Municipality " + code + " is missing from the registry"))
                .path("id").asText();
    }

    private String region(String countyCode) {
        return projects.first("/organisations", Map.of("type", "REGION", "countyCode", countyCode))
                .orElseThrow(() -> new IllegalStateException("Region " + countyCode + " is missing from the registry"))
                .path("id").asText();
    }

    private String board(String countyCode, String name) {
        return projects.first("/organisations", Map.of("type", "COUNTY_ADMINISTRATIVE_BOARD", "countyCode", countyCode))
                .map(o -> o.path("id").asText())
                .orElseGet(() -> organisation("COUNTY_ADMINISTRATIVE_BOARD", name, countyCode));
    }

    private String organisation(String type, String name, String countyCode) {
        return projects.first("/organisations", Map.of("type", type, "q", name))
                .filter(o -> o.path("name").asText().equals(name))
                .map(o -> o.path("id").asText())
                .orElseGet(() -> {
                    ObjectNode body = ApiClient.object().put("type", type).put("name", name);
                    if (countyCode != null) {
                        body.put("countyCode", countyCode);
                    }
                    return projects.create("/organisations", key("demo:organisation:" + type + ":" + name), body)
                            .path("id").asText();
                });
    }

    // --- the project and what it did -----------------------------------------------------------------

    private String project(String owner) {
        ObjectNode body = ApiClient.object()
                .put("code", "SIS-2017")
                .put("name", "Service i samverkan")
                .put("description", "Multi-level collaboration (flernivåsamverkan) between local development groups, "
                        + "local business and municipalities for commercial and public service in rural areas: a "
                        + "local service plan and a new local service solution in every participating municipality. "
                        + "Start and end days are examples; the sources give months.")
                .put("ownerOrganisationId", owner)
                .put("startDate", "2017-09-01")
                .put("endDate", "2020-02-29")
                .put("status", "IMPLEMENTATION")
                .put("totalBudget", 16_095_000);
        ArrayNode objectives = body.putArray("objectives");
        objectives.add("Lasting structures for multi-level collaboration between local development groups, "
                + "local business and the municipality");
        objectives.add("A local service plan for the countryside in every participating municipality");
        objectives.add("A new local service solution in every participating municipality");
        objectives.add("New methods, models and ways of working, documented and spread after the project");
        JsonNode project = projects.create("/projects", key("demo:project:SIS-2017"), body);
        String id = project.path("id").asText();
        if (!"2020-11-30".equals(project.path("endDate").asText())) {
            JsonNode current = projects.get("/projects/" + id);
            if (!"2020-11-30".equals(current.path("endDate").asText())) {
                body.put("endDate", "2020-11-30");
                projects.replace("/projects/" + id, body); // the extension: a second version in the history
            }
        }
        return id;
    }

    private void participant(String projectId, String organisationId, String... roles) {
        ObjectNode body = ApiClient.object().put("organisationId", organisationId).put("status", "COMPLETED");
        ArrayNode roleList = body.putArray("roles");
        for (String role : roles) {
            roleList.add(role);
        }
        projects.create("/projects/" + projectId + "/participants", key("demo:participant:" + organisationId), body);
    }

    private void staff(String projectId, String hssl, String ljungby) {
        // Ljungby's decision: a process leader at 50 % for two years, employed by the national organisation.
        assignment(projectId, "Processledare, Ljungby", "PROCESS_LEADER", hssl, ljungby, 50, "2017-09-01",
                "2019-08-31");
        int placed = 1;
        for (String code : MUNICIPALITIES.keySet()) {
            if (placed == 9 || code.equals("0781")) {
                continue;
            }
            String name = MUNICIPALITIES.get(code);
            assignment(projectId, "Processledare, " + name + EXAMPLE, "PROCESS_LEADER", hssl, municipality(code), 50,
                    "2017-09-01", "2019-08-31");
            placed++;
        }
        assignment(projectId, "Nationell samordnare", "NATIONAL_COORDINATOR", hssl, hssl, 50, "2017-09-01",
                "2020-11-30");
    }

    private void assignment(String projectId, String person, String role, String employer, String placedAt, int fte,
            String from, String to) {
        ObjectNode body = ApiClient.object().put("personName", person).put("role", role)
                .put("employerOrganisationId", employer).put("placedAtOrganisationId", placedAt)
                .put("ftePercent", fte).put("startDate", from).put("endDate", to);
        projects.create("/projects/" + projectId + "/staff", key("demo:staff:" + person), body);
    }

    private void outputs(String projectId, String hssl, Map<String, String> municipalities) {
        int i = 0;
        for (Map.Entry<String, String> m : municipalities.entrySet()) {
            String name = MUNICIPALITIES.get(m.getKey());
            ObjectNode plan = ApiClient.object().put("municipalityOrganisationId", m.getValue())
                    .put("title", "Plan för service på landsbygden, " + name)
                    .put("status", "ADOPTED").put("adoptedOn", "2019-06-17").put("adoptedBy", "Kommunfullmäktige" + EXAMPLE);
            plan.putArray("ruralAreas");
            projects.create("/projects/" + projectId + "/service-plans", key("demo:plan:" + m.getKey()), plan);

            ObjectNode solution = ApiClient.object().put("municipalityOrganisationId", m.getValue())
                    .put("locality", name + EXAMPLE).put("category", SOLUTION_CATEGORIES[i])
                    .put("status", "IN_OPERATION").put("startedOn", "2019-09-01");
            solution.putArray("partnerOrganisationIds");
            projects.create("/projects/" + projectId + "/service-solutions", key("demo:solution:" + m.getKey()), solution);
            i++;
        }
        ObjectNode meeting = ApiClient.object().put("title", "Nätverksträff för processledarna" + EXAMPLE)
                .put("type", "NETWORK_MEETING").put("date", "2018-03-15").put("hostOrganisationId", hssl)
                .put("summary", "Experience exchange between the participating municipalities and regions");
        ArrayNode present = meeting.putArray("participantOrganisationIds");
        municipalities.values().forEach(present::add);
        projects.create("/projects/" + projectId + "/activities", key("demo:activity:network-2018"), meeting);

        List<String[]> methods = new ArrayList<>();
        methods.add(new String[] {"Modell för flernivåsamverkan kring service" + EXAMPLE, "MODEL", "2020-06-01"});
        methods.add(new String[] {"Arbetssätt för lokala serviceplaner" + EXAMPLE, "WORKING_PRACTICE", "2020-06-01"});
        methods.add(new String[] {"Metod för att starta lokala servicelösningar" + EXAMPLE, "METHOD", "2020-06-01"});
        methods.add(new String[] {"Servicebanken", "GUIDE", "2020-10-01"});
        for (String[] method : methods) {
            ObjectNode body = ApiClient.object().put("title", method[0]).put("kind", method[1])
                    .put("publishedOn", method[2])
                    .put("summary", method[0].equals("Servicebanken")
                            ? "The knowledge bank of the project's methods and examples (October 2020; day is an example)"
                            : "Documented collaboration model of the project");
            projects.create("/projects/" + projectId + "/methods", key("demo:method:" + method[0]), body);
        }
    }

    // --- the money -----------------------------------------------------------------------------------

    private String call(String tillvaxtverket) {
        ObjectNode body = ApiClient.object().put("funderOrganisationId", tillvaxtverket)
                .put("title", "Utveckling av lokala servicelösningar")
                .put("reference", "Landsbygdsprogrammet 2014–2020, delåtgärd 16.2")
                .put("description", "Tillväxtverket's call for multi-level projects on local service solutions; other "
                        + "public co-funding was a condition. The rules (at most 80 % grant, at least 20 % other public "
                        + "co-funding) are those of a later call of the same kind; the dates are examples.")
                .put("opensOn", "2017-01-09").put("closesOn", "2017-03-31")
                .put("maxGrantRate", 0.80).put("minCoFundingRate", 0.20);
        ArrayNode eligible = body.putArray("eligibleApplicantTypes");
        eligible.add("NATIONAL_ORGANISATION").add("MUNICIPALITY").add("REGION").add("COUNTY_ADMINISTRATIVE_BOARD");
        return funding.create("/calls", key("demo:call:tillvaxtverket-2017"), body).path("id").asText();
    }

    private String application(String callId, String projectId, String applicant) {
        ObjectNode body = ApiClient.object().put("callId", callId).put("projectId", projectId)
                .put("applicantOrganisationId", applicant).put("requestedAmount", 12_876_000);
        JsonNode application = funding.create("/applications", key("demo:application:SIS-2017"), body);
        String id = application.path("id").asText();
        String status = funding.get("/applications/" + id).path("status").asText();
        if (status.equals("DRAFT")) {
            funding.action("/applications/" + id + "/submit", ApiClient.object().put("submittedOn", "2017-03-01"), 200);
            status = "SUBMITTED";
        }
        if (status.equals("SUBMITTED")) {
            funding.action("/applications/" + id + "/grant", ApiClient.object().put("grantedAmount", 12_876_000)
                    .put("decidedOn", "2017-06-30").put("caseNumber", "Tillväxtverket 2017/0000" + EXAMPLE), 200);
        }
        return id;
    }

    private String ljungbysCoFunding(String projectId, String ljungby) {
        ObjectNode body = ApiClient.object().put("projectId", projectId).put("funderOrganisationId", ljungby)
                .put("kind", "CASH").put("budgetSource", "kommunstyrelsens medel avsatta för internationella projekt");
        ArrayNode schedule = body.putArray("schedule");
        for (int year = 2017; year <= 2019; year++) {
            schedule.add(ApiClient.object().put("year", year).put("amount", 40_000));
        }
        return funding.create("/co-funding", key("demo:co-funding:ljungby"), body).path("id").asText();
    }

    private String ljungbysDecision(String ljungby, String coFundingId) {
        ObjectNode body = ApiClient.object().put("organisationId", ljungby)
                .put("caseNumber", "KS 2017/0123" + EXAMPLE)
                .put("subject", "Ansökan om service i samverkan: medfinansiering av projektet Service i samverkan");
        body.putArray("coFundingIds").add(coFundingId);
        String caseId = funding.create("/decision-cases", key("demo:decision-case:ljungby"), body).path("id").asText();
        int done = funding.get("/decision-cases/" + caseId).path("steps").size();
        List<ObjectNode> steps = List.of(
                ApiClient.object().put("kind", "OFFICIAL_MEMO").put("date", "2017-03-07")
                        .put("body", "Kommunledningsförvaltningen").put("recommendation", "APPROVED"),
                ApiClient.object().put("kind", "COMMITTEE_PROPOSAL").put("date", "2017-03-28")
                        .put("body", "Kommunstyrelsens arbetsutskott").put("recommendation", "APPROVED"),
                ApiClient.object().put("kind", "BOARD_DECISION").put("date", "2017-04-11")
                        .put("body", "Kommunstyrelsen").put("outcome", "APPROVED")
                        .put("paragraph", "§ 87" + EXAMPLE).put("legalBasis", "KL 1991:900")
                        .put("minutesApprovedOn", "2017-04-13").put("publicNoticeOn", "2017-04-14"));
        for (int i = done; i < steps.size(); i++) {
            funding.action("/decision-cases/" + caseId + "/steps", steps.get(i), 200, 201);
        }
        return caseId;
    }

    private void disbursements(String coFundingId, String applicationId) {
        for (int year = 2017; year <= 2019; year++) {
            ObjectNode body = ApiClient.object().put("coFundingId", coFundingId).put("year", year)
                    .put("amount", 40_000).put("paidOn", year + "-12-15")
                    .put("reference", "Utbetalning " + year + EXAMPLE);
            funding.create("/disbursements", key("demo:disbursement:ljungby:" + year), body);
        }
        ObjectNode grant = ApiClient.object().put("applicationId", applicationId).put("year", 2018)
                .put("amount", 4_000_000).put("paidOn", "2018-06-29").put("reference", "Delutbetalning" + EXAMPLE);
        funding.create("/disbursements", key("demo:disbursement:grant:2018"), grant);
    }
}
