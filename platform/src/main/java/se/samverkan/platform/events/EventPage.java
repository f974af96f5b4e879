package se.samverkan.platform.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One read of the feed: the events after the cursor, and the cursor to send next time. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(description = "In feed order; empty when nothing new has committed") List<CloudEvent> items,
        @Schema(description = "Send this as after= next time (opaque; the same one again when items is empty)",
                example = "8812-407")
        String next) {
}
