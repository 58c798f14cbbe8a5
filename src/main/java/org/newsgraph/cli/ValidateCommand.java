package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
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
        DatasetGraph dataset = input.build();
        Validation.Report report = Validation.validate(dataset);
        PrintWriter out = spec.commandLine().getOut();
        if (!report.conforms()) {
            Main.printReport(out, report);
            out.flush();
            return Main.EXIT_INVALID;
        }
        out.println("valid: " + DataOptions.summary(dataset));
        out.flush();
        return Main.EXIT_OK;
    }
}
