package se.samverkan.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.problem.Problem;

/**
 * Every documented error response (4xx, 5xx) carries the RFC 9457 problem schema, so operations only
 * say which problems they answer and why. Enabled with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        return response;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            for (Map.Entry<String, APIResponse> entry : op.getResponses().getAPIResponses().entrySet()) {
                String code = entry.getKey();
                csvAsText(entry.getValue());
                if ((code.startsWith("4") || code.startsWith("5")) && entry.getValue().getRef() == null) {
                    Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
                    entry.getValue().setContent(content);
                }
            }
        }));
    }

    /**
     * An operation that also answers {@code text/csv} (see {@code platform/csv}) is scanned with its JSON body's schema
     * for both media types; the CSV is text in the spreadsheet dialect instead.
     */
    private static void csvAsText(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType csv = response.getContent().getMediaTypes().get(CsvDialect.TEXT_CSV);
        if (csv != null) {
            csv.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description("CSV for a "
                    + "spreadsheet set to Swedish: UTF-8 with a byte order mark, ';' between fields, CRLF, RFC 4180 "
                    + "quoting, a header row, amounts with a decimal comma (40000,00), dates as 2017-03-07"));
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", string("The kind of problem, e.g. urn:samverkan:problem:not-found"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32"))
                .addProperty("detail", string("What went wrong in this request, for a person to read"))
                .addProperty("instance", string("The request path"))
                .addProperty("traceId", string("On a 5xx: the request's trace id (W3C, 32 hex digits), for an error report "
                        + "to lead to the request's trace and log lines"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("JSON path of the field or the parameter name"))
                .addProperty("message", string("What is wrong with it"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
