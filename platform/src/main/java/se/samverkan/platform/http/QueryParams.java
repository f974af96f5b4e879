package se.samverkan.platform.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.problem.ProblemException;

/**
 * Typed reading of filter parameters. They arrive as strings, so that a wrong value is a 400 naming
 * the parameter and what it accepts, rather than a framework default.
 */
public final class QueryParams {

    /**
     * The longest value any query parameter takes (a name fragment, a code, a UUID, an instant, a sort); a longer
     * one is a 400 before the request reaches a resource ({@link RequestGuards}), and the published document gives
     * every query string this maxLength unless it declares a shorter one.
     */
    public static final int MAX_LENGTH = 200;

    /** How often one query parameter may be repeated ({@code ?id=a&id=b}): a page's worth; more is a 400. */
    public static final int MAX_REPEATS = PageRequest.MAX_SIZE;

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String matching(String name, String value, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.trim()).matches()) {
            throw ProblemException.invalid(name, "must be " + expected);
        }
        return value.trim();
    }

    /** An instant with its zone ({@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T01:00:00+01:00}); no zone is a 400. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 instant with a zone, such as 2026-01-01T00:00:00Z");
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** A repeated UUID parameter ({@code ?id=a&id=b}); at most {@code max} values. */
    public static java.util.List<UUID> uuids(String name, java.util.List<String> values, int max) {
        if (values == null || values.isEmpty()) {
            return java.util.List.of();
        }
        if (values.size() > max) {
            throw ProblemException.invalid(name, "may be repeated at most " + max + " times");
        }
        return values.stream().map(v -> uuid(name, v)).filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(name, "may be at most " + maxLength + " characters");
        }
        return value.trim();
    }
}
