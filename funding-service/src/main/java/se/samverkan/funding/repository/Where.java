package se.samverkan.funding.repository;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** Builds the where clause of a list's optional filters; a null value means "any". */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    Where eq(String attribute, String name, Object value) {
        if (value != null) {
            clauses.add(attribute + " = :" + name);
            params.and(name, value);
        }
        return this;
    }

    Where clause(String clause, String name, Object value) {
        clauses.add(clause);
        params.and(name, value);
        return this;
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Parameters params() {
        return params;
    }
}
