package se.samverkan.platform.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** Builds the where clause of a list's filters for a Panache query; a filter whose value is null means "any". */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** Always adds the clause, e.g. {@code and("projectId = :project", "project", id)}. */
    public Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.and(name, value);
        return this;
    }

    /** Adds the clause only when the value is given. */
    public Where andIf(Object value, String clause, String name) {
        return value == null ? this : and(clause, name, value);
    }

    /** {@code attribute = :name}, only when the value is given. */
    public Where eq(String attribute, String name, Object value) {
        return andIf(value, attribute + " = :" + name, name);
    }

    /** Only rows changed at or after the instant (a sync client's {@code ?updatedSince=}), when it is given. */
    public Where since(Instant updatedSince) {
        return andIf(updatedSince, "updatedAt >= :updatedSince", "updatedSince");
    }

    public String query() {
        return String.join(" and ", clauses);
    }

    public Parameters params() {
        return params;
    }
}
