package org.claimgraph.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.claimgraph.annotate.stances.TopicStances;
import org.claimgraph.model.Document;
import org.claimgraph.store.StoreException;

/**
 * The REST API and the web UI over one store, from one process (Javalin on Jetty).
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(corpus, annotation, "127.0.0.1", 8080, token,
 *         new PrintWriter(System.err, true))) {
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Every response carries a Content-Security-Policy that allows only the server's own scripts and styles (no inline
 * script runs, whatever an article holds) and {@code X-Content-Type-Options: nosniff}. No CORS headers: other sites'
 * pages cannot read the API. Errors are JSON {@code {"error", "status"}} under {@code /api}, an HTML page elsewhere.
 */
public final class WebServer implements AutoCloseable {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** The environment variable that may hold the bearer token writes need. */
    public static final String TOKEN_VARIABLE = "CLAIMGRAPH_TOKEN";

    private final Javalin app;
    private final Corpus corpus;

    private WebServer(Javalin app, Corpus corpus) {
        this.app = app;
        this.corpus = corpus;
    }

    /**
     * Starts serving the corpus (which the server closes when it stops).
     *
     * @param annotation the language analysis for {@code POST /api/articles}
     * @param port the port, or 0 for a free one (see {@link #port})
     * @param token the bearer token writes need; null refuses every write
     * @param errors where unexpected failures are reported, with the error id their response gives
     */
    public static WebServer start(Corpus corpus, UnaryOperator<Document> annotation, String host, int port,
            String token, PrintWriter errors) {
        List<TopicStances> topics = List.copyOf(corpus.topics().values());
        ApiRoutes api = new ApiRoutes(corpus, new ArticleIntake(annotation, topics), new WriteAccess(token));
        PageRoutes pages = new PageRoutes(corpus);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = ApiRoutes.MAX_ARTICLE_BYTES;
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        api.register(app);
        pages.register(app);
        for (String name : Resources.names()) {
            if (name.startsWith("static/")) {
                app.get("/" + name, ctx -> Resources.send(ctx, name));
            }
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404) {
                notFound(ctx);
            } else {
                error(ctx, e.getStatus(), e.getMessage() + ". See /openapi.json for the routes and what they take.");
            }
        });
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString().substring(0, 8);
            synchronized (errors) {
                errors.println("claimgraph serve: error " + id + " on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(errors);
                errors.flush();
            }
            error(ctx, 500, "The server failed on this request (error " + id + "). This is a bug in claimgraph; "
                    + "please report it with the error id and the request.");
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            corpus.close();
            throw new IllegalArgumentException("Cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "). Pass another --port (or --host), or stop what uses it.", e);
        }
        return new WebServer(app, corpus);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static void notFound(Context ctx) {
        error(ctx, 404, "There is no page or route " + ctx.method() + " '" + ctx.path() + "'. The API's routes are "
                + "listed at /openapi.json; the pages start at /.");
    }

    /** A JSON error under /api (and for /openapi.json), an HTML error page elsewhere. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/openapi.json")) {
            ObjectNode json = ApiRoutes.JSON.createObjectNode().put("error", message).put("status", status);
            ApiRoutes.send(ctx, json);
        } else {
            PageRoutes.send(ctx, "Error " + status, "<h1>Error " + status + "</h1><p class=\"error\">"
                    + Html.escape(message) + "</p><p><a href=\"/\">Back to the articles</a></p>");
        }
    }

    /** The port it listens on (the one chosen when started with 0). */
    public int port() {
        return app.port();
    }

    /** Blocks until the server stops (for example on Ctrl-C, which stops it through the shutdown hook). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        corpus.close();
    }
}
