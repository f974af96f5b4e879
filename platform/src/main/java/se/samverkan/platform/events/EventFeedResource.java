package se.samverkan.platform.events;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.problem.ProblemException;

/** The feed of this service's events, for partner systems that poll (both services serve it). */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "What changed in this service, as CloudEvents, in the order a client can follow "
        + "without missing or repeating one")
public class EventFeedResource {

    private final EventFeed feed;

    public EventFeedResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Operation(summary = "Read the event feed", description = "The events after the cursor, oldest first. Store "
            + "next and send it as after= on the next call: every event comes exactly once, in the same order on "
            + "every replica and after restarts. An event appears once its transaction has committed and every "
            + "transaction started before it has ended, so the feed may lag a running write by a moment.")
    @APIResponse(responseCode = "200", description = "The next events and the cursor after them")
    @APIResponse(responseCode = "400", description = "after is not a cursor of this feed, or limit is not 1 to "
            + EventFeed.MAX_LIMIT)
    public EventPage listEvents(
            @Parameter(description = "The next of the previous answer; leave out to start at the first event")
            @QueryParam("after") String after,
            @Parameter(description = "At most this many events, 1 to " + EventFeed.MAX_LIMIT,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + EventFeed.MAX_LIMIT, defaultValue = "100"))
            @QueryParam("limit") String limit) {
        return feed.page(FeedPosition.parse("after", after), limit(limit));
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return EventFeed.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= EventFeed.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be an integer from 1 to " + EventFeed.MAX_LIMIT);
    }
}
