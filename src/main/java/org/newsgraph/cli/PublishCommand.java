package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.publish.Publisher;
import org.newsgraph.store.StoreException;
import org.newsgraph.validate.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "Builds and validates the graph, then sends every named graph (articles, claims, ontology, "
                    + "imports, the build description) to a SPARQL 1.1 Graph Store Protocol endpoint, one PUT per "
                    + "graph.",
            "Only graphs whose content changed since the last publish to that store are sent (the record "
                    + "FILE keeps each graph's content hash, saved after every graph, so a run that stopped "
                    + "resumes). 5xx answers and connection errors are retried with backoff. Progress goes to "
                    + "standard error, the summary to standard output; exit 4 when a graph could not be sent."
        })
public final class PublishCommand implements Callable<Integer> {

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The store's SPARQL endpoint; also its Graph Store Protocol endpoint unless "
                    + "--graph-store says otherwise.")
    String endpoint;

    @Option(names = "--graph-store", paramLabel = "URL",
            description = "The Graph Store Protocol endpoint (e.g. Fuseki's http://host:3030/ds/data, "
                    + "Virtuoso's http://host:8890/sparql-graph-crud-auth).")
    String graphStore;

    @Option(names = "--user", paramLabel = "U", description = "User name for HTTP basic or digest authentication.")
    String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is the password (with --user).")
    Path passwordFile;

    @Option(names = "--dry-run", description = "List what would be sent; send nothing.")
    boolean dryRun;

    @Option(names = "--record", paramLabel = "FILE", defaultValue = "out/publish-record.json",
            description = "What was sent to each store, by content hash.")
    Path record;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Retries of a graph after a 5xx answer or a connection error (waiting 0.5 s, "
                    + "then twice as long each time, at most 30 s).")
    int retries;

    @Option(names = "--request-timeout", paramLabel = "S", defaultValue = "60",
            description = "Seconds one request may take before it counts as failed (and is retried).")
    int requestTimeout;

    @Mixin
    DataOptions input;

    @Spec
    CommandSpec spec;

    /** The first wait before a retry (tests shorten it). */
    static Duration firstDelay = Duration.ofMillis(500);

    @Override
    public Integer call() {
        String store = graphStore != null ? graphStore : endpoint;
        for (String url : new String[] {endpoint, store}) {
            String problem = urlProblem(url);
            if (problem != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        problem + ": " + org.newsgraph.annotation.InputError.oneLine(Publisher.masked(url)));
            }
        }
        if (requestTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--request-timeout must be 1 or more");
        }
        if ((user == null) != (passwordFile == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        if (retries < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--retries must be 0 or more");
        }
        String password = null;
        if (passwordFile != null) {
            password = TextFiles.readUtf8(passwordFile).lines().findFirst().orElse("");
            if (password.isEmpty()) {
                throw new InputError(passwordFile, "the first line (the password) is empty");
            }
        }
        DatasetGraph dataset = input.build();
        Validation.requireValid(dataset);
        PrintWriter err = spec.commandLine().getErr();
        Publisher.Summary s = new Publisher(new Publisher.Target(store, user, password, record, retries, firstDelay,
                Duration.ofSeconds(requestTimeout)),
                err).publish(dataset, dryRun);
        PrintWriter out = spec.commandLine().getOut();
        String verb = dryRun ? "would send " : "sent ";
        out.println("publish " + Publisher.masked(store) + ": " + verb + s.sent() + ", unchanged (skipped) " + s.skipped()
                + ", failed " + s.failed() + (s.notTried() > 0 ? ", not tried " + s.notTried() : ""));
        out.flush();
        if (!s.ok()) {
            throw new StoreException("could not send " + s.failure() + "; the graphs sent are in " + record
                    + ", a second run resumes from there", null);
        }
        return Main.EXIT_OK;
    }

    /** Why {@code url} is not an absolute http(s) URL with a host (and a valid port), or null. */
    static String urlProblem(String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            return "not a URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "not an http(s) URL";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "not an http(s) URL with a host";
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535 || uri.getPort() < -1) {
            return "not a valid port";
        }
        return null;
    }
}
