package se.samverkan.platform.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet's worth of an answer: a file name, the column names and the rows, each cell a typed value
 * ({@code BigDecimal}, a whole number, {@code LocalDate}, text, an enum, a UUID, a boolean or null) that
 * {@link CsvDialect} writes the way a Swedish spreadsheet reads it.
 */
public record CsvTable(String filename, List<String> columns, List<List<Object>> rows) {

    public static CsvTable of(String filename, String... columns) {
        return new CsvTable(filename, List.of(columns), new ArrayList<>());
    }

    /** Adds a row; it must have a cell (null for an empty one) for each column. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }
}
