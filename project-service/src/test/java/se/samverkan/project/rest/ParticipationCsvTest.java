package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import se.samverkan.devtools.LibreOffice;

/** {@code GET /stats/participation} as {@code text/csv} for a spreadsheet set to Swedish. */
@QuarkusTest
class ParticipationCsvTest {

    @Test
    void everyCountyIsARowWithItsSwedishNameIntactAndItsFiguresAsNumbers() throws Exception {
        byte[] csv = given().accept("text/csv").get("/stats/participation").then().statusCode(200)
                .contentType(startsWith("text/csv")).contentType(containsString("charset=UTF-8"))
                .extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        List<List<String>> rows = parse(csv);
        assertEquals(List.of("countyCode", "countyName", "participatingMunicipalities", "adoptedPlans",
                "solutionsInOperation"), rows.get(0));
        assertEquals(22, rows.size(), "a header and Sweden's 21 counties");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("07") && r.get(1).equals("Kronobergs län")), rows.toString());

        given().get("/stats/participation").then().statusCode(200).contentType("application/json");

        LibreOffice.requireOrSkip();
        List<List<LibreOffice.Cell>> sheet = LibreOffice.openInSwedish(csv);
        for (List<LibreOffice.Cell> county : sheet.subList(1, 22)) {
            assertEquals("string", county.get(1).type(), county.toString());
            assertEquals("float", county.get(2).type(), county.toString());
        }
        assertTrue(sheet.stream().anyMatch(r -> r.get(1).text().equals("Västra Götalands län")));
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        CsvSchema semicolons = CsvSchema.emptySchema().withColumnSeparator(';');
        try (var rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(semicolons).<List<String>>readValues(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }
}
