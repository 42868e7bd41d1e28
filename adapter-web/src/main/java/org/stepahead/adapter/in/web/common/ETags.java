package org.stepahead.adapter.in.web.common;

/** Optimistic concurrency over HTTP: a read model's version is its ETag; {@code If-Match} names the version expected. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names, or null when there is none (or it is {@code *}). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "").strip();
        try {
            return Long.parseLong(tag);
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
