package org.talkarchive.embed;

import java.util.List;

/**
 * Turns text into L2-normalised sentence vectors. Queries and documents are embedded differently where the model's
 * authors say so (bge adds a query instruction).
 */
public interface Embedder extends AutoCloseable {

    /** The model's name; stored in the index so that an index is never searched with another model. */
    String modelName();

    int dimension();

    float[] embedQuery(String query);

    List<float[]> embedDocuments(List<String> texts);

    @Override
    void close();
}
