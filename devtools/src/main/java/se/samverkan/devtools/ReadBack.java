package se.samverkan.devtools;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * What every REST client does: GET a resource, change one field of the body it got, PUT the whole body back
 * with the ETag it read. The body goes back exactly as it came (read-only fields, nulls, amounts as written),
 * but for the one field.
 */
public final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReadBack() {
    }

    /** GETs {@code path}, sets {@code field} (a top-level field) to {@code value}, PUTs it back; the PUT's answer. */
    public static ValidatableResponse change(String path, String field, Object value) {
        ExtractableResponse<Response> read = given().get(path).then().statusCode(200).extract();
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(read.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("GET " + path + " did not answer a JSON object", e);
        }
        body.set(field, JSON.valueToTree(value));
        return given().contentType(ContentType.JSON).header("If-Match", read.header("ETag"))
                .body(body.toString()).put(path).then();
    }
}
