package org.sanling.web.rest;

import java.util.function.Function;

/** Ids in request paths: a number, or else no such thing exists (each feature's own 404). */
public final class Ids {

    private Ids() {
    }

    public static long parse(String id, Function<String, ? extends RuntimeException> notFound) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound.apply(id);
        }
    }
}
