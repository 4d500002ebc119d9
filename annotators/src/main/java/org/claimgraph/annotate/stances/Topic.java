package org.claimgraph.annotate.stances;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A question the user names, as a topic file gives it: a name, a description for people, the ways the question is put
 * ({@code phrases}) and optional example statements on each side.
 *
 * <pre>{@code
 * name: foreign troops in Ukraine
 * description: Whether foreign (NATO, European) troops should be sent to Ukraine.
 * phrases:
 *   - send troops to Ukraine
 *   - boots on the ground
 * examples:
 *   support: ["We are ready to send soldiers to train Ukrainian forces."]
 *   oppose: ["Any foreign contingent will be a legitimate target."]
 * }</pre>
 *
 * @param phrases a statement bears on the topic when it says (most of) one of them; at least one
 * @param supportExamples statements that support the proposition, used where the rules find no side
 * @param opposeExamples statements that oppose it
 */
public record Topic(String name, String description, List<String> phrases, List<String> supportExamples,
        List<String> opposeExamples) {

    /** Topic files larger than this are not topic files. */
    static final long MAX_BYTES = 1 << 20;

    public Topic {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        phrases = List.copyOf(phrases);
        supportExamples = List.copyOf(supportExamples);
        opposeExamples = List.copyOf(opposeExamples);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("topic '" + name + "' needs at least one phrase");
        }
    }

    /**
     * Reads a topic file: YAML ({@code .yaml}, {@code .yml}) or JSON (anything else).
     *
     * @throws IllegalArgumentException when the file cannot be read or is not a topic; the message names the file and
     *     says what to do
     */
    public static Topic read(Path file) {
        String where = "topic file " + file;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(where + " does not exist or is not a file; pass a JSON or YAML "
                        + "file with 'name' and 'phrases'");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(where + " is larger than " + MAX_BYTES + " bytes; a topic file "
                        + "holds a name, a description, a few phrases and examples");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                    ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
            return fromTree(mapper.readTree(file.toFile()), where);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + " is not valid " + (e.getLocation() == null ? ""
                    : "at line " + e.getLocation().getLineNr() + " ") + ": " + e.getOriginalMessage()
                    + ". Fix the syntax (JSON, or YAML for .yaml/.yml files)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + where + ": " + e.getMessage(), e);
        }
    }

    static Topic fromTree(JsonNode tree, String where) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException(where + " must hold an object with 'name' and 'phrases'");
        }
        String name = tree.path("name").asText("").trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + " has no 'name': give the question a short name, "
                    + "e.g. name: foreign troops in Ukraine");
        }
        List<String> phrases = strings(tree.path("phrases"), where, "phrases");
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException(where + " has no 'phrases': list a few ways the question is put, "
                    + "e.g. phrases: [send troops to Ukraine, boots on the ground]");
        }
        JsonNode examples = tree.path("examples");
        return new Topic(name, tree.path("description").asText(""), phrases,
                strings(examples.path("support"), where, "examples.support"),
                strings(examples.path("oppose"), where, "examples.oppose"));
    }

    private static List<String> strings(JsonNode node, String where, String field) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be a list of strings");
        }
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": '" + field + "' must be a list of non-empty strings, "
                        + "found " + item);
            }
            values.add(item.asText().trim());
        }
        return values;
    }
}
