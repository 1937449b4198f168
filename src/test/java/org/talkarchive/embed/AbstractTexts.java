package org.talkarchive.embed;

/**
 * Real abstracts of the series, copied verbatim from the series' site (webinar_talks page), so the model tests run
 * on the text the archive serves.
 */
final class AbstractTexts {

    /** "Challenges with equipoise and fairness in AI/ML datasets in dermatology" (first sentences of the abstract). */
    static final String FAIRNESS_DERMATOLOGY = "Clinical artificial intelligence (AI) algorithms have the potential"
            + " to improve clinical care, but fair, generalizable algorithms depend on the clinical data on which they"
            + " are trained and tested. To assess whether data sets used for training diagnostic AI algorithms"
            + " addressing skin disease are adequately described and to identify potential sources of bias in these"
            + " data sets. In this scoping review, PubMed was used to search for peer-reviewed research articles"
            + " published between January 1, 2015, and November 1, 2020, with the following paired search terms: deep"
            + " learning and dermatology, artificial intelligence and dermatology, deep learning and dermatologist, and"
            + " artificial intelligence and dermatologist.";

    /** "The medical segmentation decathlon" (first sentences of the abstract). */
    static final String SEGMENTATION_DECATHLON = "International challenges have become the de facto standard for"
            + " comparative assessment of image analysis algorithms. Although segmentation is the most widely"
            + " investigated medical image processing task, the various challenges have been organized to focus only"
            + " on specific clinical tasks. We organized the Medical Segmentation Decathlon (MSD)—a biomedical image"
            + " analysis challenge, in which algorithms compete in a multitude of both tasks and modalities to"
            + " investigate the hypothesis that a method capable of performing well on multiple tasks will generalize"
            + " well to a previously unseen task and potentially outperform a custom-designed solution.";

    /** A sentence from the abstract of the shortcut-learning talk; its vectors are pinned. */
    static final String SHORTCUT_SENTENCE = "One potential driver of algorithmic unfairness, shortcut learning,"
            + " arises when ML models base predictions on improper correlations in the training data.";

    /** "Seeing the Same Brain Twice: Data Leakage and Identity Bias in Brain MRI Analysis" (whole abstract). */
    static final String DATA_LEAKAGE = "Deep learning models for medical imaging are often praised for their"
            + " accuracy and the potential for healthcare application. However, many overlook subtle pitfalls that can"
            + " undermine real-world applicability. One such issue is data leakage, which can lead to misleadingly"
            + " optimistic performance. In this talk, we explore how subtle forms of data leakage, especially in"
            + " longitudinal data, can lead models to exploit subject identity rather than learning meaningful clinical"
            + " features. We discuss the challenges of cross-validation design in this context, and how even"
            + " robust-looking 3D CNNs can pick up identity cues when repeated scans of the same subject leak into both"
            + " training and validation sets. The use of GradCAM further exposes the shortcuts taken by the model. By"
            + " revisiting our findings from the Alzheimer's disease classification task, we reflect on how careful"
            + " dataset splitting and evaluation strategies can improve robustness and fairness in neuroimaging AI.";

    private AbstractTexts() {
    }
}
