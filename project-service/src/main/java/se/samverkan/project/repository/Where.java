package se.samverkan.project.repository;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** Builds the where clause of a filtered list from the filters that were given (null means "any"). */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.and(name, value);
        return this;
    }

    Where andIf(Object value, String clause, String name) {
        return value == null ? this : and(clause, name, value);
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Parameters params() {
        return params;
    }
}
