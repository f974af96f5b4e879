package se.samverkan.project.rest.mapping;

import java.util.LinkedHashSet;
import java.util.List;

/** Small helpers for copying text and lists from requests onto entities. */
final class Strings {

    private Strings() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Makes the entity's list hold the request's items, stripped and without repeats, in order. The list is changed
     * in place, so Hibernate sees an update of the collection rather than a new one.
     */
    static void replace(List<String> target, List<String> items) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        if (items != null) {
            items.forEach(item -> distinct.add(item.strip()));
        }
        if (!target.equals(List.copyOf(distinct))) {
            target.clear();
            target.addAll(distinct);
        }
    }

    /** The same for any items (ids, enum values). */
    static <T> void replaceAll(List<T> target, List<T> items) {
        LinkedHashSet<T> distinct = new LinkedHashSet<>();
        if (items != null) {
            distinct.addAll(items);
        }
        if (!target.equals(List.copyOf(distinct))) {
            target.clear();
            target.addAll(distinct);
        }
    }
}
