package org.claimgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.claimgraph.model.Entity;
import org.claimgraph.store.StatementFilter;

/** What the API and the pages read from a request's query parameters, checked: a bad value is a 400 naming it. */
final class Requests {

    private static final Set<String> KINDS = Set.of("direct", "indirect", "mixed");

    private Requests() {}

    /** A parameter's value, stripped; null when it is missing or blank. */
    static String parameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Page page(Context ctx) {
        return Page.of(name -> parameter(ctx, name));
    }

    /** The store-side filter: speaker, about, from, to. */
    static StatementFilter statementFilter(Context ctx) {
        return new StatementFilter(parameter(ctx, "speaker"), parameter(ctx, "about"), date(ctx, "from"),
                date(ctx, "to"));
    }

    /**
     * The filters the store does not apply: {@code kind} (direct, indirect, mixed) and {@code hedge} ({@code any}: at
     * least one hedge, {@code none}: none, else a hedge that contains the words, case-insensitive).
     */
    static Predicate<JsonNode> statementExtras(Context ctx) {
        String kind = parameter(ctx, "kind");
        if (kind != null && !KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw new ApiException(400, "'kind' must be direct, indirect or mixed, got '" + kind + "'.");
        }
        String hedge = parameter(ctx, "hedge");
        Predicate<JsonNode> kept = statement -> kind == null
                || statement.path("kind").asText().equalsIgnoreCase(kind);
        if (hedge == null) {
            return kept;
        }
        String wanted = hedge.toLowerCase(Locale.ROOT);
        return kept.and(statement -> {
            JsonNode hedges = statement.path("hedges");
            if (wanted.equals("any")) {
                return !hedges.isEmpty();
            }
            if (wanted.equals("none")) {
                return hedges.isEmpty();
            }
            for (JsonNode one : hedges) {
                if (one.asText().toLowerCase(Locale.ROOT).contains(wanted)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The entity type filter, upper case; null for all. */
    static String entityType(Context ctx) {
        String type = parameter(ctx, "type");
        if (type == null) {
            return null;
        }
        try {
            return Entity.Type.valueOf(type.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "'type' must be one of " + java.util.Arrays.toString(Entity.Type.values())
                    .toLowerCase(Locale.ROOT) + ", got '" + type + "'.");
        }
    }

    /**
     * The request body, at most {@code max} bytes: a longer one is a 413 (read no further than one byte past the
     * limit, whatever Content-Length says).
     */
    static byte[] body(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared, max);
        }
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(-1, max);
            }
            return body;
        } catch (java.io.IOException e) {
            throw new ApiException(400, "Could not read the request body (" + e.getMessage() + "). Send it again.");
        }
    }

    private static ApiException tooLarge(long size, int max) {
        return new ApiException(413, "The article is too large: " + (size >= 0 ? size + " bytes" : "more than "
                + max + " bytes") + ", and the API takes at most " + max + " bytes (" + max / (1024 * 1024)
                + " MB). Split it, or ingest it from a file with 'claimgraph ingest'.");
    }

    private static String date(Context ctx, String name) {
        String value = parameter(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "'" + name + "' must be a date such as 2025-03-01, got '" + value + "'.");
        }
    }
}
