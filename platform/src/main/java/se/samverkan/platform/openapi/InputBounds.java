package se.samverkan.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.paging.PageRequest;

/**
 * The bounds a partner's gateway reads (OWASP API4: every string, integer and array a client sends says its
 * limit) for the inputs whose limit is not written on a record field but enforced in one place for all of them,
 * taken from the constants that place uses, so the document cannot drift from the code:
 * <ul>
 * <li>a UUID is at most 36 characters (the JSON reader and {@code UUID.fromString} refuse longer ones) and a
 * date exactly 10 ({@code StrictJson} reads {@code YYYY-MM-DD} only);</li>
 * <li>every query string and repeated query parameter has {@link QueryParams#MAX_LENGTH} and
 * {@link QueryParams#MAX_REPEATS} unless its annotation says less ({@code RequestGuards} refuses more);</li>
 * <li>the paging parameters of every list have {@link PageRequest}'s range, as {@code PageRequest.parse} checks;</li>
 * <li>If-Match and Idempotency-Key have the lengths {@link IfMatch} and {@link IdempotentCreate} check.</li>
 * </ul>
 * Bounds on request bodies are Bean Validation constraints on the request records, which SmallRye writes itself.
 */
public class InputBounds implements OASFilter {

    static final int UUID_LENGTH = 36;
    static final int DATE_LENGTH = 10;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(InputBounds::formatBounds);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> formatBounds(media.getSchema()));
                }
            }
            parameters.forEach(InputBounds::bound);
        }
    }

    private static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || parameter.getIn() == null) {
            return;
        }
        formatBounds(schema);
        switch (parameter.getIn()) {
            case QUERY -> {
                if (is(schema, Schema.SchemaType.INTEGER) && "page".equals(parameter.getName())) {
                    range(schema, 0, PageRequest.MAX_PAGE);
                } else if (is(schema, Schema.SchemaType.INTEGER) && "size".equals(parameter.getName())) {
                    range(schema, 1, PageRequest.MAX_SIZE);
                } else if (is(schema, Schema.SchemaType.ARRAY)) {
                    if (schema.getMaxItems() == null) {
                        schema.setMaxItems(QueryParams.MAX_REPEATS);
                    }
                    maxLength(schema.getItems(), QueryParams.MAX_LENGTH);
                } else {
                    maxLength(schema, QueryParams.MAX_LENGTH);
                }
            }
            case HEADER -> {
                if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                    maxLength(schema, IfMatch.MAX_LENGTH);
                } else if (IdempotentCreate.HEADER.equalsIgnoreCase(parameter.getName())) {
                    maxLength(schema, IdempotentCreate.MAX_KEY_LENGTH);
                }
            }
            default -> {
                // path parameters are UUIDs (bounded by their format) or say their bounds in their annotation
            }
        }
    }

    /** A UUID or a date, wherever it is (request or response): its format bounds its length. */
    private static void formatBounds(Schema schema) {
        if (schema == null) {
            return;
        }
        if (is(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            if ("uuid".equals(schema.getFormat())) {
                schema.setMaxLength(UUID_LENGTH);
            } else if ("date".equals(schema.getFormat())) {
                schema.setMinLength(DATE_LENGTH);
                schema.setMaxLength(DATE_LENGTH);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(InputBounds::formatBounds);
        }
        formatBounds(schema.getItems());
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(InputBounds::formatBounds);
        }
    }

    private static void range(Schema schema, int minimum, int maximum) {
        schema.setFormat("int32");
        schema.setMinimum(BigDecimal.valueOf(minimum));
        schema.setMaximum(BigDecimal.valueOf(maximum));
    }

    private static void maxLength(Schema schema, int maxLength) {
        if (schema != null && schema.getRef() == null && is(schema, Schema.SchemaType.STRING)
                && schema.getEnumeration() == null && (schema.getMaxLength() == null || schema.getMaxLength() > maxLength)) {
            schema.setMaxLength(maxLength);
        }
    }

    private static boolean is(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
