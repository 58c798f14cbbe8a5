package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.export.TextPolicy;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.validate.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "Builds the graph in memory and checks it (SHACL shapes and text spans) without writing anything.",
            "Prints the validation report, or one 'valid: ...' line when there is nothing to report."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DataOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Validation.Report report;
        String summary;
        if (!Pipeline.streams(input.data, TextPolicy.FULL)) {
            // imports with blank nodes: the whole graph is built at once
            DatasetGraph dataset = input.build();
            report = Validation.validate(dataset);
            summary = DataOptions.summary(dataset);
        } else {
            Pipeline.Result result = Pipeline.run(input.data, input.base, true, GraphSink.none());
            report = result.report();
            summary = result.summary();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!report.conforms()) {
            Main.printReport(out, report);
            out.flush();
            return Main.EXIT_INVALID;
        }
        out.println("valid: " + summary);
        out.flush();
        return Main.EXIT_OK;
    }
}
