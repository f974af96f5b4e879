package se.samverkan.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/**
 * A validated {@code ?page=0&size=20&sort=name,asc}. Parameters arrive as strings so that a wrong type
 * is a 400 naming the parameter, not a framework default. Sorting is only on fields a resource lists
 * as sortable (API name to entity attribute); the id is always the last key, so pages are stable.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** The last page number a client may ask for: its first row's offset still fits an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public static PageRequest parse(String page, String size, String sort, Map<String, String> sortable,
            String defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = parseInt("page", page, 0, 0, MAX_PAGE, errors);
        int pageSize = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        Sort order = parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        return new PageRequest(pageNumber, pageSize, order);
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    private static int parseInt(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be an integer"));
            return fallback;
        }
    }

    private static Sort parseSort(String value, Map<String, String> sortable, List<FieldError> errors) {
        Sort sort = null;
        for (String clause : value.split(";")) {
            String[] parts = clause.trim().split(",");
            String field = parts[0].trim();
            String attribute = sortable.get(field);
            if (attribute == null || parts.length > 2) {
                errors.add(new FieldError("sort", "can sort by " + String.join(", ", sortable.keySet())
                        + ", each optionally followed by ,asc or ,desc"));
                return Sort.by("id");
            }
            Sort.Direction direction = Sort.Direction.Ascending;
            if (parts.length == 2) {
                switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
                    case "asc" -> direction = Sort.Direction.Ascending;
                    case "desc" -> direction = Sort.Direction.Descending;
                    default -> {
                        errors.add(new FieldError("sort", "direction must be asc or desc"));
                        return Sort.by("id");
                    }
                }
            }
            sort = sort == null ? Sort.by(attribute, direction) : sort.and(attribute, direction);
        }
        return sort.and("id");
    }
}
