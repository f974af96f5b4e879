package se.samverkan.funding.events;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads the event feed as a partner system would: with the cursor of the previous answer. */
final class Feed {

    private Feed() {
    }

    /** The cursor after the last event the feed shows now. */
    static String end() {
        String cursor = "";
        while (true) {
            JsonPath page = page(cursor, 1000);
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    /** Every event after the cursor, in feed order. */
    static List<Map<String, Object>> after(String cursor) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            JsonPath page = page(cursor, 1000);
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            cursor = page.getString("next");
        }
    }

    static JsonPath page(String cursor, int limit) {
        return given().queryParam("after", cursor).queryParam("limit", limit).get("/events").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The events about one resource (by its path), in feed order. */
    static List<String> typesOf(List<Map<String, Object>> events, String subject) {
        return events.stream().filter(e -> subject.equals(e.get("subject"))).map(e -> (String) e.get("type")).toList();
    }
}
