package se.samverkan.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.platform.problem.ProblemException;

/**
 * A place in the feed: the writing transaction's id and the event's sequence number, shown to clients as the opaque
 * cursor {@code <xid>-<seq>}.
 */
public record FeedPosition(long xid, long seq) {

    public static final FeedPosition START = new FeedPosition(0, 0);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    /** The cursor a client sent; null or blank is the start of the feed, anything malformed a 400. */
    public static FeedPosition parse(String parameter, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        Matcher matcher = FORMAT.matcher(cursor.trim());
        if (!matcher.matches()) {
            throw ProblemException.invalid(parameter, "must be a cursor this feed returned as next");
        }
        return new FeedPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    public String cursor() {
        return xid + "-" + seq;
    }
}
