package org.stepahead.adapter.in.web.common;

/**
 * The version an update expects, as its {@code If-Match} header names it ({@code "7"}, {@code W/"7"} or {@code 7});
 * {@link #value} is null when there is no header (or it is {@code *}). A controller takes it as a parameter and
 * {@link IfMatchResolver} reads it from the request.
 */
public record ExpectedVersion(Long value) {

    /** The version the header names; a header that names no version of ours is refused (400 problem). */
    public static ExpectedVersion of(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return new ExpectedVersion(null);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "").strip();
        try {
            return new ExpectedVersion(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new MalformedIfMatchException(ifMatch);
        }
    }

    /** Failure: an {@code If-Match} header that names no version of ours. */
    public static final class MalformedIfMatchException extends RuntimeException {
        public MalformedIfMatchException(String header) {
            super("If-Match " + header);
        }
    }
}
