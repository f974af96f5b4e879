package se.samverkan.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed OpenAPI document is the contract: a test compares it with the document the code
 * generates and fails on any difference, so a change of contract is a visible diff in review. Run the
 * build with {@code -Dopenapi.update=true} to write the generated document over the committed one.
 */
public final class OpenApiContract {

    public static final String UPDATE_PROPERTY = "openapi.update";

    private OpenApiContract() {
    }

    public static void assertMatchesCommitted(String generated, Path committed) {
        String normalised = generated.replace("\r\n", "\n").stripTrailing() + "\n";
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.writeString(committed, normalised, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed OpenAPI document at " + committed.toAbsolutePath()
                        + "; run the build once with -D" + UPDATE_PROPERTY + "=true and commit it");
            }
            String expected = Files.readString(committed, StandardCharsets.UTF_8);
            if (!expected.equals(normalised)) {
                throw new AssertionError("The OpenAPI document generated from the code differs from the committed "
                        + committed + " " + firstDifference(expected, normalised)
                        + ". If the change of contract is intended, rebuild with -D" + UPDATE_PROPERTY
                        + "=true and commit the document.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end>";
            String right = i < b.size() ? b.get(i) : "<end>";
            if (!left.equals(right)) {
                return "at line " + (i + 1) + ": committed [" + left.strip() + "], generated [" + right.strip() + "]";
            }
        }
        return "";
    }
}
