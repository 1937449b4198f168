package org.talkarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.PassageLength;
import org.talkarchive.embed.Embedders;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.Fusion;
import org.talkarchive.search.RankingRules;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.eval.BeirFolder;
import org.talkarchive.search.eval.Bm25Baseline;
import org.talkarchive.search.eval.EvalReport;
import org.talkarchive.search.eval.Evaluation;
import org.talkarchive.search.eval.MetricSummary;
import org.talkarchive.search.eval.MomentJudgments;
import org.talkarchive.search.eval.PassageBaseline;
import org.talkarchive.search.eval.PassageBenchmark;
import org.talkarchive.search.eval.PassageReport;
import org.talkarchive.search.eval.PassageRun;
import org.talkarchive.search.eval.Qrels;
import org.talkarchive.search.eval.QuerySet;
import org.talkarchive.search.eval.Run;
import org.talkarchive.search.eval.RunFile;
import org.talkarchive.search.eval.ScoredDoc;
import org.talkarchive.search.eval.TrecMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a judged query set through each mode (and optionally a plain BM25 baseline) and prints trec_eval metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure ranking quality: nDCG@10, Recall@10, Recall@100 and MRR per mode.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", description = "TSV: qid, query, kind.")
    Path queries;

    @Option(names = "--qrels", description = "TREC qrels: qid 0 docid grade.")
    Path qrels;

    @Option(names = "--beir", description = "A benchmark folder in the BEIR layout (corpus.jsonl, queries.jsonl, "
            + "qrels.trec or qrels.tsv), indexed into a temporary index through the archive's own pipeline.")
    Path beir;

    @Option(names = "--passages", paramLabel = "DIR", description = "A judged passage set: DIR/corpus (talks with "
            + "transcripts), DIR/queries.tsv and DIR/qrels.tsv (qid, talk, start, end in seconds). Indexes the corpus "
            + "into a temporary index and prints Success@1 and Success@3 of the passages shown, per mode, beside plain "
            + "BM25 over the passages, over the whole archive and within the judged talk.")
    Path passages;

    @Option(names = "--passage-seconds", paramLabel = "MIN-MAX", defaultValue = "30-60", description = "With "
            + "--passages: the passage length the temporary index is built with, as for index (default: ${DEFAULT-VALUE}).")
    String passageSeconds;

    @Option(names = "--passage-overlap", paramLabel = "sentence|none", defaultValue = "sentence",
            description = "With --passages: the passage overlap, as for index (default: ${DEFAULT-VALUE}).")
    String passageOverlap;

    @Option(names = "--baseline", split = ",", description = "Also run baselines beside the modes: bm25 (one field, "
            + "title + abstract, English stemming, k1 0.9, b 0.4), bm25-all (the same over a catch-all field: title, "
            + "abstract, speakers, affiliations, bios).")
    List<String> baselines = List.of();

    @Option(names = "--ablate", split = ",", description = "Switch ranking rules off or change them to measure "
            + "them: no-lexical-need, no-coverage-weight, no-semantic-cutoff, no-semantic-cap, spelling-always, "
            + "spelling-off, bm25f, summed-fields, semantic-as-typed, semantic-corrected, drop-question-words, "
            + "keep-question-words.")
    List<String> ablate = List.of();

    @Option(names = "--ablations", split = ",", description = "Run the default rules, then each listed rule switched "
            + "off alone (names as for --ablate), over one index: the ablation table in one run.")
    List<String> ablations = List.of();

    @Option(names = "--keyword-weights", split = ",", paramLabel = "MIN:MAX", description = "Hybrid fusion's "
            + "keyword share, from MIN (the best keyword hits hold none of the query's terms) to MAX (one holds them "
            + "all); each one run over the same index, after the default rules' run (which uses 0.1:0.8).")
    List<String> keywordWeights = List.of();

    @Option(names = "--corpus", defaultValue = Defaults.CORPUS,
            description = "Corpus the bm25 baseline indexes when not --beir (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--mode", split = ",", description = "Modes to run (default: keyword,semantic,hybrid).")
    List<String> modes = List.of("keyword", "semantic", "hybrid");

    @Option(names = "--fusion", description = "Hybrid fusion: convex or rrf (default: the searcher's).")
    String fusion;

    @Option(names = "--run", description = "Write the TREC run file here (one per mode: name.MODE.trec when several).")
    Path run;

    @Option(names = "--by-kind", description = "Also print a table per kind of query.")
    boolean byKind;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--model", description = "Embedding model (default: the one the index was built with; "
            + "with --beir: " + Defaults.MODEL + ").")
    String model;

    @Override
    public Integer call() throws Exception {
        for (String baseline : baselines) {
            if (!baseline.equals("bm25") && !baseline.equals("bm25-all")) {
                throw new ParameterException(spec.commandLine(), "--baseline must be bm25 or bm25-all, not " + baseline);
            }
        }
        rankingVariants(); // a bad rule name or weight is refused before anything is built
        if (passages != null) {
            evaluatePassages();
            return 0;
        }
        if (beir != null) {
            BeirFolder folder = BeirFolder.read(beir);
            Path temp = Files.createTempDirectory("talk-archive-beir");
            try (var embedder = Embedders.load(model != null ? model : Defaults.MODEL)) {
                System.err.println("indexing " + folder.corpus().talks().size() + " documents of " + beir);
                new TalkIndexer(embedder, System.err).build(folder.corpus(), temp);
                try (TalkSearcher searcher = TalkSearcher.open(temp, embedder)) {
                    evaluate(searcher, folder.queries(), folder.qrels(), folder.corpus());
                }
            } finally {
                deleteRecursively(temp);
            }
            return 0;
        }
        if (queries == null || qrels == null) {
            throw new ParameterException(spec.commandLine(), "give --queries and --qrels, or --beir DIR");
        }
        try (Searchers.Opened opened = Searchers.open(index, model)) {
            evaluate(opened.searcher(), QuerySet.read(queries), Qrels.read(qrels),
                    baselines.isEmpty() ? null : CorpusReader.read(corpus));
        }
        return 0;
    }

    private void evaluate(TalkSearcher searcher, QuerySet querySet, Qrels judgments, Corpus baselineCorpus)
            throws IOException {
        if (fusion != null) {
            searcher.useFusion(Fusion.parse(fusion));
        }
        Map<String, RankingRules> variants = rankingVariants();
        boolean first = true;
        for (var variant : variants.entrySet()) {
            searcher.useRules(variant.getValue());
            evaluate(searcher, querySet, judgments, first ? baselineCorpus : null, variant.getKey());
            first = false;
        }
    }

    /**
     * The ranking rules each run uses, by the label its table gets: the default (or --ablate), each of --ablations
     * alone, then each of --keyword-weights.
     */
    private Map<String, RankingRules> rankingVariants() {
        Map<String, RankingRules> variants = new LinkedHashMap<>();
        try {
            variants.put(ablate.isEmpty() ? "rules: default" : "ablated: " + String.join(",", ablate),
                    RankingRules.ablated(ablate));
            for (String rule : ablations) {
                variants.put("ablated: " + rule, RankingRules.ablated(List.of(rule)));
            }
            for (String weights : keywordWeights) {
                RankingRules.KeywordWeights parsed = RankingRules.KeywordWeights.parse(weights);
                variants.put((ablate.isEmpty() ? "" : "ablated: " + String.join(",", ablate) + ", ")
                        + "keyword weights: " + parsed, RankingRules.ablated(ablate).withKeywordWeights(parsed));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return variants;
    }

    private void evaluate(TalkSearcher searcher, QuerySet querySet, Qrels judgments, Corpus baselineCorpus,
                          String label) throws IOException {
        Map<String, Function<String, List<ScoredDoc>>> systems = new LinkedHashMap<>();
        for (String modeName : modes) {
            SearchMode mode = SearchMode.parse(modeName);
            systems.put(mode.label(), text -> searcher.ranking(text, mode, 100).stream()
                    .map(r -> new ScoredDoc(r.talkId(), r.score())).toList());
        }
        boolean withBaselines = baselineCorpus != null;
        try (Bm25Baseline bm25 = withBaselines && baselines.contains("bm25")
                ? new Bm25Baseline(baselineCorpus.talks()) : null;
             Bm25Baseline all = withBaselines && baselines.contains("bm25-all")
                     ? Bm25Baseline.catchAll(baselineCorpus.talks()) : null) {
            if (bm25 != null) {
                systems.put("bm25", text -> bm25.search(text, 100));
            }
            if (all != null) {
                systems.put("bm25-all", text -> all.search(text, 100));
            }
            Map<String, Evaluation> evaluations = new LinkedHashMap<>();
            Map<String, MetricSummary> summaries = new LinkedHashMap<>();
            for (var system : systems.entrySet()) {
                Run result = Run.collect(system.getKey(), querySet, system.getValue());
                if (run != null) {
                    RunFile.write(result, systems.size() == 1 ? run : Path.of(run + "." + system.getKey() + ".trec"));
                }
                Evaluation evaluation = TrecMetrics.evaluate(judgments, result);
                evaluations.put(system.getKey(), evaluation);
                summaries.put(system.getKey(), evaluation.summary());
            }
            System.out.println("model: " + searcher.modelName() + ", queries: " + querySet.size() + ", " + label);
            System.out.print(EvalReport.table(summaries));
            if (byKind) {
                System.out.print(EvalReport.tableByKind(evaluations, querySet));
            }
        }
    }

    private void evaluatePassages() throws IOException {
        PassageLength length;
        try {
            length = PassageLength.parse(passageSeconds, passageOverlap);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Corpus corpus = CorpusReader.read(passages.resolve("corpus"), length);
        QuerySet querySet = QuerySet.read(passages.resolve("queries.tsv"));
        MomentJudgments moments = MomentJudgments.read(passages.resolve("qrels.tsv"));
        Path temp = Files.createTempDirectory("talk-archive-passages");
        try (var embedder = Embedders.load(model != null ? model : Defaults.MODEL);
             PassageBaseline baseline = new PassageBaseline(corpus)) {
            new TalkIndexer(embedder, System.err).build(corpus, temp);
            try (TalkSearcher searcher = TalkSearcher.open(temp, embedder)) {
                if (fusion != null) {
                    searcher.useFusion(Fusion.parse(fusion));
                }
                for (var variant : rankingVariants().entrySet()) {
                    searcher.useRules(variant.getValue());
                    Map<String, PassageRun> runs = PassageBenchmark.run(searcher, baseline, querySet, moments,
                            modes.stream().map(SearchMode::parse).toList());
                    System.out.println("model: " + searcher.modelName() + ", queries: " + querySet.size()
                            + ", talks: " + corpus.talks().size() + ", passages: " + baseline.size() + " (" + length
                            + "), " + variant.getKey());
                    System.out.print(PassageReport.table(runs));
                    if (byKind) {
                        System.out.print(PassageReport.tableByKind(runs, querySet));
                    }
                }
            }
        } finally {
            deleteRecursively(temp);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
