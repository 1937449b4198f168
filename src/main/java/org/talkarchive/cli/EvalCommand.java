package org.talkarchive.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talkarchive.search.Fusion;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.eval.EvalReport;
import org.talkarchive.search.eval.Evaluation;
import org.talkarchive.search.eval.MetricSummary;
import org.talkarchive.search.eval.Qrels;
import org.talkarchive.search.eval.QuerySet;
import org.talkarchive.search.eval.Run;
import org.talkarchive.search.eval.RunFile;
import org.talkarchive.search.eval.ScoredDoc;
import org.talkarchive.search.eval.TrecMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs a judged query set through each mode and prints trec_eval-style metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure ranking quality: nDCG@10, Recall@10, Recall@100 and MRR per mode.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--queries", required = true, description = "TSV: qid, query, kind.")
    Path queries;

    @Option(names = "--qrels", required = true, description = "TREC qrels: qid 0 docid grade.")
    Path qrels;

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

    @Option(names = "--model", description = "Embedding model (default: the one the index was built with).")
    String model;

    @Override
    public Integer call() throws Exception {
        QuerySet querySet = QuerySet.read(queries);
        Qrels judgments = Qrels.read(qrels);
        try (Searchers.Opened opened = Searchers.open(index, model)) {
            TalkSearcher searcher = opened.searcher();
            if (fusion != null) {
                searcher.useFusion(Fusion.parse(fusion));
            }
            Map<String, Evaluation> evaluations = new LinkedHashMap<>();
            Map<String, MetricSummary> summaries = new LinkedHashMap<>();
            for (String modeName : modes) {
                SearchMode mode = SearchMode.parse(modeName);
                Run result = Run.collect(mode.label(), querySet, text -> searcher.ranking(text, mode, 100).stream()
                        .map(r -> new ScoredDoc(r.talkId(), r.score())).toList());
                if (run != null) {
                    RunFile.write(result, modes.size() == 1 ? run : Path.of(run + "." + mode.label() + ".trec"));
                }
                Evaluation evaluation = TrecMetrics.evaluate(judgments, result);
                evaluations.put(mode.label(), evaluation);
                summaries.put(mode.label(), evaluation.summary());
            }
            System.out.println("model: " + searcher.modelName() + ", queries: " + querySet.size());
            System.out.print(EvalReport.table(summaries));
            if (byKind) {
                System.out.print(EvalReport.tableByKind(evaluations, querySet));
            }
        }
        return 0;
    }
}
