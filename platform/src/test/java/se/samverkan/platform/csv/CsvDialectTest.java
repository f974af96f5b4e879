package se.samverkan.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The spreadsheet dialect, byte for byte. */
class CsvDialectTest {

    @Test
    void writesBomSemicolonsCrlfDecimalCommasIsoDatesAndQuotesOnlyWhatNeedsIt() throws IOException {
        CsvTable table = CsvTable.of("t.csv", "text", "amount", "rate", "year", "date", "id", "empty")
                .row("Älvdalen; \"Dalarna\"", new BigDecimal("40000"), new BigDecimal("0.2000"), 2017,
                        LocalDate.parse("2017-03-07"), UUID.fromString("00000000-0000-0000-0000-000000000781"), null)
                .row("två\nrader", new BigDecimal("10000.5"), null, null, null, null, "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDialect.write(table, out);

        assertEquals("\uFEFFtext;amount;rate;year;date;id;empty\r\n"
                + "\"Älvdalen; \"\"Dalarna\"\"\";40000,00;0,2000;2017;2017-03-07;00000000-0000-0000-0000-000000000781;\r\n"
                + "\"två\nrader\";10000,50;;;;;\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertEquals("'=SUM(A1:A9)", CsvDialect.cell("=SUM(A1:A9)"));
        assertEquals("'+46 470 410 00", CsvDialect.cell("+46 470 410 00"));
        assertEquals("'-1", CsvDialect.cell("-1"));
        assertEquals("'@cmd", CsvDialect.cell("@cmd"));
        assertEquals("-1,50", CsvDialect.cell(new BigDecimal("-1.5")), "a number is a number");
        assertEquals("Ljungby kommun", CsvDialect.cell("Ljungby kommun"));
    }
}
