package se.samverkan.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV that Excel and LibreOffice set to Swedish open as a table with no import dialog to get right:
 * <ul>
 * <li>UTF-8 with a byte order mark, which is how Excel tells UTF-8 from the ANSI code page (å, ä, ö intact);</li>
 * <li>{@code ;} between fields, CRLF after each record, RFC 4180 quoting (only where a field holds {@code ;},
 * {@code "} or a line break), a header row;</li>
 * <li>amounts with a decimal comma and no grouping ({@code 40000,00}): the Swedish locale's decimal separator is the
 * comma, and a spreadsheet in that locale reads {@code 40000.00} as text, not as a number; the comma is also why
 * {@code ;} separates the fields (Excel's list separator in Swedish);</li>
 * <li>dates as ISO 8601 {@code 2017-03-07}, which is also the Swedish short date: both read them as dates;</li>
 * <li>text that a spreadsheet would take for a formula ({@code = + - @}, tab or CR first) gets a leading
 * {@code '} (OWASP's advice on CSV injection): free text such as a budget source comes from other
 * organisations.</li>
 * </ul>
 * Jackson's CSV module does the quoting (the version the Quarkus BOM keeps with the rest of Jackson).
 */
public final class CsvDialect {

    public static final String TEXT_CSV = "text/csv";

    /** What the answer says it is: UTF-8, with a header row (RFC 4180's parameters). */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv",
            Map.of("charset", "UTF-8", "header", "present"));

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // the response's stream is the container's to close
            .build();

    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';')
            .withLineSeparator("\r\n").withQuoteChar('"').withoutEscapeChar().withNullValue("");

    private CsvDialect() {
    }

    public static void write(CsvTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(writer)) {
            rows.write(table.columns());
            for (List<Object> row : table.rows()) {
                rows.write(row.stream().map(CsvDialect::cell).toList());
            }
        }
        writer.flush();
    }

    /** One cell as the Swedish spreadsheet should read it. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            // as in the JSON: at least two decimals, so amounts show öre (40000,00); rates keep theirs (0,2000)
            return (decimal.scale() < 2 ? decimal.setScale(2) : decimal).toPlainString().replace('.', ',');
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
