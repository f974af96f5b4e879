package se.samverkan.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A JSON document stored as text and answered as it is, not parsed and written again: parsing into a tree would
 * turn {@code 120000.00} into {@code 120000} and change the bytes a signature was made over.
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

    static final class Writer extends StdSerializer<RawJson> {

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json());
        }
    }
}
