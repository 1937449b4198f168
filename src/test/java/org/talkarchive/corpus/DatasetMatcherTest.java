package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dataset mentions in real sentences of the talks, with the bundled datasets.yml. */
class DatasetMatcherTest {
    private static DatasetMatcher matcher;

    @BeforeAll
    static void readDatasets() {
        matcher = new DatasetMatcher(CorpusReader.read(Path.of("corpus")).datasets());
    }

    @Test
    void isicArchiveCountsOnceAndImaPlusPlusKeepsItsPlusSigns() {
        assertEquals(List.of("ima-plus-plus", "isic-archive"), List.copyOf(matcher.find(
                "I will introduce IMA++, the largest public multi-annotator skin lesion segmentation dataset,"
                        + " curated from the ISIC Archive and containing 14,967 dermoscopic images")));
        assertEquals(List.of("ima-plus-plus"), List.copyOf(matcher.find(
                "Unlike most multi-annotator datasets, IMA++ has an incomplete image–annotator graph")));
    }

    @Test
    void mimicIvEdIsNotAlsoMimicIv() {
        assertEquals(List.of("mimic-eye", "mimic-iv-ed"), List.copyOf(matcher.find(
                "the impact of bagging strategies on fairness improvement using extensive multimodal datasets,"
                        + " MIMIC-Eye and MIMIC-IV ED.")));
        assertEquals(List.of("mimic-iv"), List.copyOf(matcher.find(
                "time series vitals data of ICU patients from the MIMIC-IV dataset.")));
    }

    @Test
    void msdAcronymMatchesOnlyAsAWholeUpperCaseWord() {
        assertEquals(List.of("msd"), List.copyOf(matcher.find(
                "We organized the Medical Segmentation Decathlon (MSD)—a biomedical image analysis challenge")));
        assertEquals(List.of("msd"), List.copyOf(matcher.find("MSD results confirmed this hypothesis")));
        assertEquals(List.of(), List.copyOf(matcher.find("an msd file, MSDs and AMSD are not the decathlon")));
        assertEquals(List.of("msd"), List.copyOf(matcher.find("The medical segmentation decathlon")));
    }

    @Test
    void brsetIsNotFoundInsideMbrset() {
        assertEquals(List.of("brset", "mbrset", "multi-ophthalingua"), List.copyOf(matcher.find(
                "three open and representative datasets: BRSET, mBRSET, and Multi-OphthaLingua.")));
        assertEquals(List.of("mbrset"), List.copyOf(matcher.find("mBRSET only")));
    }

    @Test
    void namesInBiosAndTitlesAreFound() {
        assertEquals(List.of("caddementia", "tadpole"), List.copyOf(matcher.find(
                "algorithms for AD diagnosis (CADDementia challenge) and prediction (TADPOLE challenge).")));
        assertEquals(List.of("brats"), List.copyOf(matcher.find("Brain tumor segmentation challenge 2023")));
        assertEquals(List.of("pad-ufes-20"), List.copyOf(matcher.find(
                "PAD-UFES-20: the challenges and opportunities in creating a skin lesion dataset")));
        assertEquals(List.of("chexmask"), List.copyOf(matcher.find(
                "share insights from our journey in developing the CheXMask large-scale database.")));
        assertEquals(List.of("stressid"), List.copyOf(matcher.find("In 2023, we released StressID, a multi-modal dataset")));
    }

    @Test
    void textWithoutDatasetNamesFindsNothing() {
        assertEquals(List.of(), List.copyOf(matcher.find(
                "Deep neural networks have achieved impressive performance in medical image classification.")));
        assertEquals(List.of(), List.copyOf(matcher.find(null)));
    }
}
