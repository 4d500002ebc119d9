package org.claimgraph.pipeline;

/** A pipeline whose stages do not fit together: a stage reads a layer that no earlier stage produces. */
public final class PipelineConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineConfigException(String message) {
        super(message);
    }
}
