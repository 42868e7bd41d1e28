package org.stepahead.adapter.in.web.common;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP: a read model's version is its ETag; {@code If-Match} names the version expected
 * ({@link ExpectedVersion}).
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the body and its version as ETag. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 200 with the response made of a read model, and the read model's version as ETag. */
    public static <V, T> ResponseEntity<T> ok(V view, ToLongFunction<V> version, Function<V, T> response) {
        return ok(version.applyAsLong(view), response.apply(view));
    }
}
