package org.claimgraph.annotate.entities;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.annotate.nlp.ParsedText;
import org.claimgraph.model.Entity;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Who and what the article names: one {@link Entity} per person, organisation, country, place, news outlet or
 * speaking group, with its canonical name, aliases, roles and every mention. Stateless and shared by all threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(List.of(new CoreNlpAnnotator(), new EntitiesAnnotator()));
 * List<Entity> entities = pipeline.run(document).get(Layers.ENTITIES);   // e1, e2, ... in order of first mention
 * }</pre>
 */
public final class EntitiesAnnotator implements Annotator<Entity> {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARSE);
    }

    @Override
    public Layer<Entity> produces() {
        return Layers.ENTITIES;
    }

    @Override
    public List<Entity> annotate(Inputs in) {
        List<ParsedText> parsed = in.get(Layers.PARSE);
        if (parsed.isEmpty()) {
            return List.of();
        }
        return find(in.text(), parsed.get(0));
    }

    /** The entities of one parsed text, with ids e1, e2, ... in order of first mention. */
    public List<Entity> find(String text, ParsedText parsed) {
        return new EntityFinder(text, parsed.document()).find();
    }
}
