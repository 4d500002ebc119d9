package org.claimgraph.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The server's files, from the classpath only, under fixed names: no file is ever looked up by a path taken from the
 * request.
 */
final class Resources {

    private static final String FOLDER = "/org/claimgraph/web/";
    private static final Map<String, String> TYPES = Map.of(
            "static/app.js", "text/javascript; charset=utf-8",
            "static/style.css", "text/css; charset=utf-8",
            "openapi.json", "application/json; charset=utf-8");
    private static final Map<String, byte[]> CONTENT = load();

    private Resources() {}

    private static Map<String, byte[]> load() {
        Map<String, byte[]> content = new java.util.HashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = Resources.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("the web module's resource " + name + " is missing from the jar");
                }
                content.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the web module's resource " + name, e);
            }
        }
        return Map.copyOf(content);
    }

    /** The names of the files served under /static/. */
    static java.util.Set<String> names() {
        return TYPES.keySet();
    }

    static void send(Context ctx, String name) {
        ctx.contentType(TYPES.get(name));
        ctx.header("Cache-Control", "no-cache");
        ctx.result(CONTENT.get(name));
    }
}
