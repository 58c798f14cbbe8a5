package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.imports.Importer;
import org.newsgraph.imports.Imports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "Imports RDF files made elsewhere (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML; "
                    + "gzipped too) into graphs of their own under DIR/imports, which build and serve include.",
            "A file's triples go to the graph --graph names (default: BASE/graph/import/NAME); the named "
                    + "graphs of a TriG, N-Quads or JSON-LD file keep their names. Importing under a name "
                    + "again replaces exactly that import. A file that does not parse is reported in one "
                    + "line (line and column) and nothing changes."
        })
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "RDF files, their syntax known by the extension (.ttl, .trig, .nq, .nt, .jsonld, "
                    + ".rdf; then .gz when gzipped).")
    List<Path> files;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The import's name (lower-case letters, digits, '.', '_', '-'; one FILE only). "
                    + "Default: the file name without its extensions.")
    String name;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "The graph the triples go to (one FILE only). Default: BASE/graph/import/NAME.")
    String graph;

    @Mixin
    DataOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (files.size() > 1 && (name != null || graph != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--name and --graph name one import: give one FILE with them");
        }
        if (name != null && !Importer.NAME.matcher(name).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--name': " + name
                            + " (lower-case letters, digits, '.', '_' and '-', starting with a letter or digit)");
        }
        if (!java.nio.file.Files.isDirectory(input.data)) {
            throw new org.newsgraph.annotation.InputError(input.data,
                    "no such data folder (create it, or name the folder holding articles/ with --data)");
        }
        List<Importer.Parsed> parsed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String n = name != null ? name : Importer.nameOf(file);
            if (names.contains(n)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "two files would be imported as \"" + n + "\": import them one by one with --name");
            }
            if (n.length() > Importer.MAX_NAME) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the import name \"" + n.substring(0, 20)
                        + "…\" is longer than " + Importer.MAX_NAME + " characters: give a shorter one with --name");
            }
            if (name == null) {
                String earlier = Imports.sourceOf(input.data, n);
                if (earlier != null && !earlier.equals(file.getFileName().toString())) {
                    throw new org.newsgraph.annotation.InputError(file, "would be imported as \"" + n
                            + "\", the name of the import of " + earlier + ": give its own name with --name"
                            + " (or --name " + n + " to replace it)");
                }
            }
            names.add(n);
            parsed.add(Importer.parse(file, n, graph, input.base));
        }
        Importer.write(input.data, parsed);
        PrintWriter out = spec.commandLine().getOut();
        for (Importer.Parsed p : parsed) {
            var m = p.manifest();
            out.println("imported " + m.source() + " (" + m.formatName() + ") as " + m.name() + ": " + m.triples()
                    + " triple" + (m.triples() == 1 ? "" : "s") + " in " + String.join(", ", m.graphs().stream()
                            .map(g -> "<" + g + ">").toList())
                    + " (" + Imports.folder(input.data).resolve(m.name() + ".nq") + ")");
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
