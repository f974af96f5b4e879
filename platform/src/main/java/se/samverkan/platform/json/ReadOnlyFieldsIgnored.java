package se.samverkan.platform.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Skips a field a request does not know when the request is marked {@link ReadOnlyFieldsOf} a response that has
 * it; every other unknown field still fails the request (FAIL_ON_UNKNOWN_PROPERTIES, {@link StrictJson}).
 */
final class ReadOnlyFieldsIgnored extends DeserializationProblemHandler {

    private static final ClassValue<Set<String>> READ_ONLY = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> request) {
            ReadOnlyFieldsOf marker = request.getAnnotation(ReadOnlyFieldsOf.class);
            if (marker == null) {
                return Set.of();
            }
            return Arrays.stream(marker.value().getRecordComponents())
                    .map(component -> component.getName())
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        Class<?> request = beanOrClass instanceof Class<?> type ? type : beanOrClass.getClass();
        if (READ_ONLY.get(request).contains(propertyName)) {
            parser.skipChildren();
            return true;
        }
        return false;
    }
}
