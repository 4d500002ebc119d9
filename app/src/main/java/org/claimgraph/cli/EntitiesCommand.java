package org.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.model.Entity;
import org.claimgraph.web.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Lists the canonical entities of the stored articles, those in most articles first: one entity for",
            "the same person, organisation or place in every article, whatever name each article uses.",
            "",
            "jsonl gives one entity a line in the contract's entity shape (the name used most, the other names",
            "as aliases, every role, every mention with its 'article') plus 'articles', the ids of the articles",
            "that mention it.",
            "",
        },
        footer = {
            "",
            "Examples:",
            "  Every person, for people:",
            "    ./claimgraph entities --type person --format text",
            "  One entity under any of its names:",
            "    ./claimgraph entities --name Strand",
            "  All of them as CSV, from another store folder:",
            "    ./claimgraph entities --format csv --store ~/news-store",
        })
public final class EntitiesCommand implements Callable<Integer> {

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only entities of this type: ${COMPLETION-CANDIDATES}.")
    Entity.Type type;

    @Option(names = "--name", paramLabel = "NAME", description = "Only the entity that goes by this name.")
    String name;

    @Mixin
    QueryOptions query;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return query.store.query(store -> print(store.queries().entities(type == null ? null : type.name(), name)));
    }

    private void print(List<ObjectNode> entities) {
        PrintWriter out = spec.commandLine().getOut();
        if (query.format == QueryFormat.csv) {
            QueryFormat.csvRow(out, Exports.ENTITY_COLUMNS);
        }
        for (ObjectNode entity : entities) {
            switch (query.format) {
                case jsonl:
                    out.println(entity.toString());
                    break;
                case csv:
                    QueryFormat.csvRow(out, Exports.entityRow(entity));
                    break;
                case text:
                    int articles = entity.get("articles").size();
                    out.printf("%s (%s), in %d article%s%s%s%n", entity.get("name").asText(),
                            entity.get("type").asText(), articles, articles == 1 ? "" : "s",
                            entity.get("aliases").isEmpty() ? "" : "; also " + QueryFormat.joined(entity.get("aliases")),
                            entity.get("roles").isEmpty() ? "" : "; " + QueryFormat.joined(entity.get("roles")));
                    break;
            }
        }
        if (query.format == QueryFormat.text) {
            out.println(entities.size() + (entities.size() == 1 ? " entity" : " entities"));
        }
        out.flush();
    }
}
