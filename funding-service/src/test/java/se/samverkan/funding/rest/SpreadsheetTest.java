package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import se.samverkan.devtools.LibreOffice;
import se.samverkan.funding.testdata.Funding;

/** The ledger and the co-funding list as {@code text/csv} for Excel and LibreOffice set to Swedish. */
@QuarkusTest
class SpreadsheetTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CALL_TITLE = "Utveckling av lokala servicelösningar; delåtgärd 16.2 \"test\"";

    @Test
    void theLedgerIsACsvWithBomSemicolonsCrlfAndDecimalCommas() throws IOException {
        String project = ledgerWithCoFundingAndAGrant();
        byte[] csv = given().accept("text/csv").get("/projects/" + project + "/financing").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"financing-" + project + ".csv\""))
                .extract().asByteArray();

        assertArrayEquals(BOM, Arrays.copyOf(csv, 3), "UTF-8 with a byte order mark, for Excel");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("line;funderOrganisationId;funderName;funderOrgId;callId;callTitle;year;kind;"
                + "requested;proposed;approved;disbursed;remaining\r\n"), text);
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF after every record");

        List<List<String>> rows = parse(csv);
        assertEquals(5, rows.size(), "a header, three years of co-funding and one call: " + rows);
        List<String> year2017 = rows.get(1);
        assertEquals(List.of("CO_FUNDING", "2017", "CASH", "", "0,00", "40000,00", "10000,50", "29999,50"),
                List.of(year2017.get(0), year2017.get(6), year2017.get(7), year2017.get(8), year2017.get(9),
                        year2017.get(10), year2017.get(11), year2017.get(12)));
        List<String> grant = rows.get(4);
        assertEquals("GRANT", grant.get(0));
        assertEquals(CALL_TITLE, grant.get(5), "quoted as RFC 4180 has it, read back whole");
        assertEquals(List.of("500000,00", "", "400000,00", "0,00", "400000,00"), grant.subList(8, 13));
    }

    @Test
    void libreOfficeInSwedishReadsTheLedgersAmountsAsNumbers() throws Exception {
        LibreOffice.requireOrSkip();
        String project = ledgerWithCoFundingAndAGrant();
        byte[] csv = given().accept("text/csv").get("/projects/" + project + "/financing").then().statusCode(200)
                .extract().asByteArray();

        List<List<LibreOffice.Cell>> sheet = LibreOffice.openInSwedish(csv);
        List<LibreOffice.Cell> year2017 = sheet.get(1);
        assertEquals(new LibreOffice.Cell("float", "2017", "2017"), year2017.get(6));
        assertEquals("float", year2017.get(10).type(), "approved: " + year2017.get(10));
        assertEquals("40000", year2017.get(10).value());
        assertEquals("10000.5", year2017.get(11).value(), "disbursed, with its öre");
        assertEquals("float", year2017.get(11).type());
        List<LibreOffice.Cell> grant = sheet.get(4);
        assertEquals(new LibreOffice.Cell("string", "", CALL_TITLE), grant.get(5));
        assertEquals("float", grant.get(10).type());
        assertEquals("400000", grant.get(10).value());
    }

    @Test
    void theCoFundingListHasARowPerYearWithSwedishLettersIntactAndDatesAsDates() throws Exception {
        String project = Funding.newId();
        String ljungby = Funding.newId();
        Map<String, Object> body = Funding.ljungbyCoFunding(project, ljungby);
        body.put("budgetSource", "=HYPERLINK(\"http://example.invalid\") kommunstyrelsens medel, Älmhult");
        String coFunding = Funding.createCoFunding(body);
        Funding.decide(coFunding, ljungby, "APPROVED");

        byte[] csv = given().accept("text/csv").queryParam("projectId", project).get("/co-funding").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        List<List<String>> rows = parse(csv);
        assertEquals(List.of("id", "projectId", "funderOrganisationId", "kind", "budgetSource", "status",
                "decisionCaseId", "appealWindowEndsOn", "legallyFinal", "year", "amount", "version"), rows.get(0));
        assertEquals(4, rows.size(), "one row per year of the schedule: " + rows);
        assertEquals(List.of("2017", "2018", "2019"), rows.subList(1, 4).stream().map(r -> r.get(9)).toList());
        assertEquals("'=HYPERLINK(\"http://example.invalid\") kommunstyrelsens medel, Älmhult", rows.get(1).get(4),
                "text that a spreadsheet would run as a formula is kept as text");
        assertEquals("2017-05-05", rows.get(1).get(7));

        LibreOffice.requireOrSkip();
        List<List<LibreOffice.Cell>> sheet = LibreOffice.openInSwedish(csv);
        assertEquals(new LibreOffice.Cell("date", "2017-05-05", "2017-05-05"), sheet.get(1).get(7));
        assertEquals(new LibreOffice.Cell("float", "40000", "40000"), sheet.get(1).get(10));
        assertEquals("string", sheet.get(1).get(4).type(), "not a formula: " + sheet.get(1).get(4));
        assertTrue(sheet.get(1).get(4).text().endsWith("Älmhult"), sheet.get(1).get(4).text());
    }

    @Test
    void withoutAskingForCsvTheAnswerIsJsonAndAnErrorStaysProblemJson() {
        String project = ledgerWithCoFundingAndAGrant();
        List<String> vary = given().get("/projects/" + project + "/financing").then().statusCode(200)
                .contentType("application/json").extract().headers().getValues("Vary");
        assertTrue(vary.contains("Accept"), "JSON or CSV by Accept, so caches keep them apart: " + vary);
        given().accept("application/json, text/csv;q=0.5").get("/co-funding").then().statusCode(200)
                .contentType("application/json");
        given().accept("text/csv").queryParam("projectId", "not-a-uuid").get("/co-funding").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("text/csv").get("/projects/not-a-uuid/financing").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** Ljungby's 40 000 a year approved with 10 000,50 paid for 2017, and a granted application to a call. */
    private static String ledgerWithCoFundingAndAGrant() {
        String project = Funding.newId();
        String ljungby = Funding.newId();
        String coFunding = Funding.approvedCoFunding(project, ljungby);
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, new BigDecimal("10000.50"))).statusCode(201);
        Map<String, Object> call = Funding.call();
        call.put("title", CALL_TITLE);
        String callId = Funding.createCall(call);
        Funding.grantedApplication(callId, project, 500_000, 400_000);
        return project;
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        CsvSchema semicolons = CsvSchema.emptySchema().withColumnSeparator(';');
        try (var rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(semicolons).<List<String>>readValues(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }
}
