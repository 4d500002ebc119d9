package org.claimgraph.annotate.loaded;

import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Layers;
import org.claimgraph.model.LoadedWording;
import org.claimgraph.pipeline.Annotator;
import org.claimgraph.pipeline.Inputs;
import org.claimgraph.pipeline.Layer;

/**
 * Loaded language and name-calling in the article's text (SemEval-2020 Task 11's Loaded_Language and
 * Name_Calling,Labeling), found by {@link LoadedFinder} from the text alone: it needs no parse, so it is cheap. See
 * the package documentation for what it reads, writes and skips.
 *
 * <pre>{@code
 * List<LoadedWording> found = new LoadedAnnotator().finder().find("Critics called the plan a disastrous sham.");
 * }</pre>
 */
public final class LoadedAnnotator implements Annotator<LoadedWording> {

    private final LoadedFinder finder;

    /** The annotator with the lexicon shipped in the resources. */
    public LoadedAnnotator() {
        this(LoadedFinder.shipped());
    }

    public LoadedAnnotator(LoadedFinder finder) {
        this.finder = finder;
    }

    public LoadedFinder finder() {
        return finder;
    }

    @Override
    public String name() {
        return "loaded";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Layer<LoadedWording> produces() {
        return Layers.LOADED;
    }

    @Override
    public List<LoadedWording> annotate(Inputs in) {
        return finder.find(in.text());
    }
}
