package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.ReadBack;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

/**
 * Every resource with a PUT takes back the body its GET gave, with one field changed: the read-only fields (id,
 * version, status, totals, audit fields, the appeal window, …) are ignored, not refused (AIP-203).
 */
@QuarkusTest
class ReadBackTest {

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void everyResourceTakesBackWhatItsGetGaveWithOneFieldChanged() {
        String call = Funding.createCall(Funding.call());
        ReadBack.change("/calls/" + call, "title", "Lokala servicelösningar 2018").statusCode(200)
                .body("title", equalTo("Lokala servicelösningar 2018")).body("version", equalTo(1));

        String project = Funding.newId();
        String application = Funding.createApplication(Funding.application(call, project, 1_000_000));
        ReadBack.change("/applications/" + application, "requestedAmount", 1_200_000).statusCode(200)
                .body("requestedAmount", Money.sek("1200000.00"));

        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder));
        ReadBack.change("/co-funding/" + coFunding, "budgetSource", "Kommunstyrelsens utvecklingsmedel")
                .statusCode(200).body("budgetSource", equalTo("Kommunstyrelsens utvecklingsmedel"));

        String decisionCase = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        ReadBack.change("/decision-cases/" + decisionCase, "subject", "Medfinansiering 2017–2019").statusCode(200)
                .body("subject", equalTo("Medfinansiering 2017–2019"));

        String approved = Funding.approvedCoFunding(Funding.newId(), funder);
        String disbursement = Funding.createDisbursement(approved);
        ReadBack.change("/disbursements/" + disbursement, "paidOn", "2017-12-20").statusCode(200)
                .body("paidOn", equalTo("2017-12-20"));

        String report = Funding.post("/reports", ReportResourceTest.coFundingReport(approved, "PROGRESS_REPORT",
                "2018-02-28", "2017-01-01", "2017-12-31")).statusCode(201).extract().path("id");
        ReadBack.change("/reports/" + report, "dueOn", "2018-03-31").statusCode(200)
                .body("dueOn", equalTo("2018-03-31"));
    }

    @Test
    void aFieldNeitherTheRequestNorTheRepresentationHasIsStillRefused() {
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        ReadBack.change("/co-funding/" + coFunding, "colour", "blå").statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().get("/co-funding/" + coFunding).then().body("version", equalTo(0));
        // a status sent back changed is a read-only field like the others: ignored, the commitment stays proposed
        ReadBack.change("/co-funding/" + coFunding, "status", "APPROVED").statusCode(200)
                .body("status", equalTo("PROPOSED"));
    }
}
