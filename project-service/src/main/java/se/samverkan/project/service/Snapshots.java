package se.samverkan.project.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered field maps for the history; unlike {@code Map.of} they keep nulls and order. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            snapshot.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return snapshot;
    }
}
