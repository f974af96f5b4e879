package se.samverkan.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens a CSV as LibreOffice Calc set to Swedish would, headless ({@code soffice} from Debian's
 * libreoffice-calc-nogui), and reads back what became of each cell: a number, a date or text. A test that needs it
 * is skipped with a message when {@code soffice} is not on the PATH, and fails instead when
 * {@code SAMVERKAN_REQUIRE_SOFFICE=true} (CI installs it and sets that), so that a missing install cannot pass as a
 * green run.
 */
public final class LibreOffice {

    public static final String REQUIRE = "SAMVERKAN_REQUIRE_SOFFICE";

    /**
     * The CSV import filter's options: fields separated by {@code ;} (59), text in {@code "} (34), UTF-8 (76), from
     * line 1, standard column types, language Swedish (1053): what Calc's import dialog shows a Swedish user.
     */
    public static final String SWEDISH_CSV_IMPORT = "CSV:59,34,76,1,,1053";

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private LibreOffice() {
    }

    /** A cell as Calc holds it: its type (float, date, string…), its value ({@code 40000}, {@code 2017-05-05}), its text. */
    public record Cell(String type, String value, String text) {
    }

    /** Skips the calling test when there is no {@code soffice}, unless {@value #REQUIRE} is true: then it fails. */
    public static void requireOrSkip() {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
        if (present) {
            return;
        }
        String message = "soffice (LibreOffice) is not on the PATH; install Debian's libreoffice-calc-nogui to run this"
                + " test";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            Assertions.fail(message + " (" + REQUIRE + "=true)");
        }
        Assumptions.abort(message);
    }

    /** The first sheet's rows of {@code csv} as Calc in Swedish reads it. */
    public static List<List<Cell>> openInSwedish(byte[] csv) throws IOException, InterruptedException {
        requireOrSkip();
        Path dir = Files.createTempDirectory("samverkan-soffice");
        try {
            Path input = dir.resolve("answer.csv");
            Files.write(input, csv);
            // a profile of its own: no first-start dialogs, and no clash with another soffice running on the machine
            Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--infilter=" + SWEDISH_CSV_IMPORT,
                    "--convert-to", "fods", "--outdir", dir.toString(), input.toString())
                    .redirectErrorStream(true).start();
            String output;
            try (InputStream out = soffice.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            // a guard against a hung process, not a measure of speed: a conversion takes a few seconds
            if (!soffice.waitFor(5, TimeUnit.MINUTES)) {
                soffice.destroyForcibly();
                Assertions.fail("soffice did not finish: " + output);
            }
            Path converted = dir.resolve("answer.fods");
            Assertions.assertTrue(Files.exists(converted), "soffice converted nothing: " + output);
            return rows(converted);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<List<Cell>> rows(Path fods) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(fods.toFile());
        } catch (Exception e) {
            throw new IOException("Unreadable flat ODS from soffice", e);
        }
        Element sheet = (Element) document.getElementsByTagNameNS(TABLE, "table").item(0);
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<Cell> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                String type = cell.getAttributeNS(OFFICE, "value-type");
                String value = "date".equals(type) ? cell.getAttributeNS(OFFICE, "date-value")
                        : cell.getAttributeNS(OFFICE, "value");
                NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
                String text = paragraphs.getLength() == 0 ? "" : paragraphs.item(0).getTextContent();
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 64);
                for (int i = 0; i < times; i++) {
                    cells.add(new Cell(type, value, text));
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
