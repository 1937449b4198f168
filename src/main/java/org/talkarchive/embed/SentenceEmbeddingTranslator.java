package org.talkarchive.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * One text in, one L2-normalised vector out.
 *
 * <p>Deliberately one text per model call: the int8 models quantise activations dynamically, with a scale taken over
 * the whole input tensor, so in a batch a text's vector depends on its neighbours and on padding (cosine 0.997 to its
 * own single vector, measured). One text per call keeps vectors reproducible, and measured faster on CPU too, since
 * nothing is spent on padding.
 */
final class SentenceEmbeddingTranslator implements NoBatchifyTranslator<String, float[]> {

    private static final String MASK_ATTACHMENT = "attentionMask";

    private final HuggingFaceTokenizer tokenizer;
    private final EmbeddingModel model;

    SentenceEmbeddingTranslator(HuggingFaceTokenizer tokenizer, EmbeddingModel model) {
        this.tokenizer = tokenizer;
        this.model = model;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] mask = encoding.getAttentionMask();
        ctx.setAttachment(MASK_ATTACHMENT, mask);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(1, mask.length);
        // ONNX Runtime matches inputs by these names.
        return new NDList(named(manager.create(encoding.getIds(), shape), "input_ids"),
                named(manager.create(mask, shape), "attention_mask"),
                named(manager.create(encoding.getTypeIds(), shape), "token_type_ids"));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList output) {
        NDArray hidden = output.get("last_hidden_state");
        if (hidden == null) {
            hidden = output.get(0);
        }
        Shape shape = hidden.getShape();
        int tokens = (int) shape.get(1);
        int dimension = (int) shape.get(2);
        if (dimension != model.dimension()) {
            throw new IllegalStateException("model " + model.modelName() + " returned vectors of dimension "
                    + dimension + ", expected " + model.dimension());
        }
        long[] mask = (long[]) ctx.getAttachment(MASK_ATTACHMENT);
        return normalize(model.pooling().pool(hidden.toFloatArray(), 0, tokens, dimension, mask));
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    /** L2 normalisation, as both model cards prescribe (cosine similarity becomes a dot product). */
    static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        double norm = Math.sqrt(sum);
        if (norm == 0) {
            return vector;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] / norm);
        }
        return vector;
    }
}
