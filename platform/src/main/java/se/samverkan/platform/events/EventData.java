package se.samverkan.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code data} of an event, in the order written and with its nulls (unlike {@code Map.of}). */
public final class EventData {

    private EventData() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }
}
