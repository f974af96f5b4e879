package se.samverkan.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The service's committed {@code openapi.yaml} is the document its code serves ({@link OpenApiContract}), and a
 * client generator can use it: every operation has an operationId of its own that reads as a method name
 * ({@code listProjects}, {@code getProjectOverview}) and a tag. A service's {@code @QuarkusTest OpenApiDocumentTest}
 * extends this.
 */
public abstract class OpenApiDocumentChecks {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern METHOD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    @Test
    public void committedDocumentMatchesTheCode() {
        String generated = Management.given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertMatchesCommitted(generated, Path.of("openapi.yaml"));
    }

    @Test
    public void everyOperationHasAnOperationIdOfItsOwnAndATag() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        Map<String, List<String>> operationsById = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!VERBS.contains(operation.getKey())) {
                return;
            }
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            String id = operation.getValue().path("operationId").asText("");
            if (!METHOD_NAME.matcher(id).matches()) {
                faults.add(name + ": operationId '" + id + "' is not a method name");
            }
            if (operation.getValue().path("tags").isEmpty()) {
                faults.add(name + ": no tag");
            }
            operationsById.computeIfAbsent(id, key -> new ArrayList<>()).add(name);
        }));
        operationsById.forEach((id, operations) -> {
            if (operations.size() > 1) {
                faults.add("operationId '" + id + "' is shared by " + operations);
            }
        });
        assertEquals("", faults.stream().collect(Collectors.joining("\n")));
    }
}
