package se.samverkan.platform.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.RawJson;

/** One read of the feed: the events after the cursor (each as stored), and the cursor to send next time. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(description = "In feed order; empty when nothing new has committed", type = SchemaType.ARRAY,
                implementation = CloudEvent.class)
        List<RawJson> items,
        @Schema(description = "Send this as after= next time (opaque; the same one again when items is empty)",
                example = "8812-407")
        String next) {
}
