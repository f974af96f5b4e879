package se.samverkan.platform.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemMappers;

/**
 * A JSON body with several fields of the wrong type or unknown names is answered with all of them, the way
 * validation errors are listed, not only the first one Jackson meets. Jackson stops at its first mapping failure,
 * so when reading fails the body is read again as a tree, the failing field is set aside, and reading is tried
 * again until it gets through (at most {@value #MAX_ERRORS} times). Only a failing body pays for this; a body that
 * is not JSON at all is still answered at its first syntax error.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class AllTypeErrors implements ReaderInterceptor {

    static final int MAX_ERRORS = 50;

    private final ObjectMapper mapper;

    public AllTypeErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (IOException | WebApplicationException failure) {
            if (!(causeOf(failure) instanceof JsonMappingException)) {
                throw failure;
            }
            List<FieldError> errors = allErrors(body, mapper.getTypeFactory().constructType(context.getGenericType()));
            if (errors.size() < 2) {
                throw failure;
            }
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
    }

    private static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof JsonMappingException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    List<FieldError> allErrors(byte[] body, JavaType type) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode tree;
        try {
            tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (IOException e) {
            return errors;
        }
        while (errors.size() < MAX_ERRORS) {
            try {
                mapper.readerFor(type).readValue(tree);
                return errors;
            } catch (JsonMappingException e) {
                FieldError error = ProblemMappers.fieldError(e);
                if (error.field().isEmpty() || errors.contains(error) || !setAside(tree, e.getPath())) {
                    errors.add(error);
                    return errors;
                }
                errors.add(error);
            } catch (IOException e) {
                return errors;
            }
        }
        return errors;
    }

    /** Removes the failing field (or nulls the failing array element, so later indexes stay as sent). */
    private static boolean setAside(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference step = path.get(i);
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
