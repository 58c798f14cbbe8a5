package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.web.HttpSC;
import org.newsgraph.annotation.InputError;
import org.newsgraph.queries.Catalogue;
import org.newsgraph.queries.CatalogueQuery;
import org.newsgraph.queries.QueryParameters;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreSetup;
import org.newsgraph.util.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Runs a canned query (by name, e.g. 01-meetings, or a unique number prefix such as 01) "
                + "or a .rq file, against the local store (built and loaded as serve does, without a server) "
                + "or against any SPARQL endpoint with --endpoint.",
            "A canned query's parameters that are not given take their default (see --list).",
            "Parameter values: <IRI> or http(s)://... is an IRI; prefix:name an IRI with a prefix the query "
                + "declares, one of the ontology's (ng:, stmtype:, ...) or id: for the base IRI, as the table "
                + "shows IRIs (id:entity/Q7747); any other prefix is an error; \"text\"@en or "
                + "\"2017-05\"^^xsd:gYearMonth a literal as written; anything else (10:30, Vladimir Putin) "
                + "a plain string."})
public final class QueryCommand implements Callable<Integer> {

    enum Format { table, json, csv, tsv }

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE",
            description = "A catalogue query name (see --list) or a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds the query variable ?NAME to VALUE (repeatable); a parameter not given "
                    + "takes its default.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT/DESCRIBE results are Turtle (table), JSON-LD (json) or N-Triples (csv, tsv).")
    Format format = Format.table;

    @Option(names = "--endpoint", paramLabel = "URL", converter = OptionConverters.HttpUrl.class,
            description = "Query this SPARQL endpoint instead of the local store.")
    String endpoint;

    @Option(names = "--list", description = "List the catalogue: each query's name and title, and under it "
            + "each parameter with its description and default.")
    boolean list;

    @CommandLine.Mixin
    DataOptions input;

    @CommandLine.Mixin
    StoreOptions storage;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = OptionConverters.PositiveDuration.class,
            description = "Longest the query may run, e.g. 30s, 2m (default: 30s).")
    Duration timeout = ServerSettings.DEFAULT_TIMEOUT;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            printList(out, Catalogue.fromClasspath());
            return 0;
        }
        if (query == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give a query name or .rq file (newsgraph query --list shows the catalogue)");
        }
        if (endpoint != null) {
            for (String local : List.of("--store", "--rebuild", "--from-build", "--text")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(local)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), local
                            + " is for the local store; with --endpoint the endpoint answers from its own graph");
                }
            }
        }
        CatalogueQuery cq = resolve(query);
        Query q = bind(cq);
        try {
            if (endpoint != null) {
                try (QueryExec qe = QueryExecHTTP.service(endpoint).query(q)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    write(q, qe, out);
                }
            } else {
                StoreSetup.Ready ready = storage.upToDate(input, msg -> {
                    err.println("newsgraph query: " + msg);
                    err.flush();
                });
                try (var st = ready.store()) {
                    Txn.executeRead(st.dataset(), () -> {
                        try (QueryExec qe = QueryExec.dataset(st.dataset()).query(q)
                                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                            write(q, qe, out);
                        }
                    });
                }
            }
        } catch (QueryCancelledException e) {
            return fail(err, "the query ran longer than " + OptionConverters.PositiveDuration.format(timeout)
                    + " and was stopped");
        } catch (QueryExceptionHTTP e) {
            return fail(err, e.getStatusCode() > 0 ? answered(e.getStatusCode(), e.getResponse())
                    : cannotConnect(e.getCause()));
        } catch (HttpException e) {
            return fail(err, e.getStatusCode() > 0 ? answered(e.getStatusCode(), e.getResponse())
                    : cannotConnect(e.getCause()));
        } catch (StoreException e) {
            return fail(err, e.getMessage() + (e.getMessage().contains("in use by another process")
                    ? "; to query a running newsgraph serve, use --endpoint http://127.0.0.1:3030/newsgraph/sparql"
                    : ""));
        }
        out.flush();
        return 0;
    }

    /** Longest part of an error page shown: its first line, cut to this many characters. */
    static final int MAX_BODY = 200;

    /**
     * An HTTP error from the endpoint: its status, the standard reason and the first line of the
     * body. Not the request URL or the query (a GET request carries the whole query in its URL).
     */
    private String answered(int status, String body) {
        String reason = HttpSC.getMessage(status);
        String first = Errors.firstLine(body, MAX_BODY);
        return endpoint + " answered " + status + (reason == null ? "" : " " + reason)
                + (first.isEmpty() ? "" : ": " + first);
    }

    /**
     * No HTTP answer: the reason from the cause (Jena's own message names the request URL,
     * which holds the query).
     */
    private String cannotConnect(Throwable cause) {
        return "cannot connect to " + endpoint + ": " + networkReason(cause);
    }

    /** Why a request got no answer, in words (Java's HTTP client leaves the usual cases without a message). */
    private String networkReason(Throwable cause) {
        if (cause == null) {
            return "no answer";
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + URI.create(endpoint).getHost();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "timed out connecting";
            }
        }
        if (cause instanceof ConnectException && Errors.rootCause(cause) instanceof ClosedChannelException) {
            return "connection refused";
        }
        return Errors.rootMessage(cause);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("newsgraph query: " + message);
        err.flush();
        return Main.EXIT_UNAVAILABLE;
    }

    private CatalogueQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such query file: " + nameOrFile);
            }
            return Catalogue.readFile(file);
        }
        Catalogue catalogue = Catalogue.fromClasspath();
        return catalogue.find(nameOrFile).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no catalogue query named '" + nameOrFile + "'" + (catalogue.queries().isEmpty()
                        ? " (the catalogue is empty)"
                        : "; newsgraph query --list shows the " + catalogue.queries().size() + " queries")));
    }

    private Query bind(CatalogueQuery cq) {
        try {
            Map<String, String> values = QueryParameters.parseAssignments(params);
            return QueryParameters.bind(cq, values, input.base);
        } catch (QueryParseException e) {
            throw new InputError(Path.of(cq.source().replaceFirst("^classpath:", "")), null, e.getLine(),
                    e.getColumn(), "not a SPARQL query: " + Errors.firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void write(Query q, QueryExec qe, PrintWriter out) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (q.isSelectType()) {
            RowSet rows = qe.select();
            switch (format) {
                case table -> buf.writeBytes(TextTable.render(rows, q.getPrefixMapping(), input.base)
                        .getBytes(StandardCharsets.UTF_8));
                case json -> ResultSetMgr.write(buf, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
                case csv -> ResultSetMgr.write(buf, ResultSet.adapt(rows), ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(buf, ResultSet.adapt(rows), ResultSetLang.RS_TSV);
            }
        } else if (q.isAskType()) {
            boolean b = qe.ask();
            switch (format) {
                case table -> buf.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
                case json -> ResultSetMgr.write(buf, b, ResultSetLang.RS_JSON);
                case csv -> ResultSetMgr.write(buf, b, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(buf, b, ResultSetLang.RS_TSV);
            }
        } else if (q.isConstructType() || q.isDescribeType()) {
            Graph g = q.isConstructType() ? qe.construct() : qe.describe();
            g.getPrefixMapping().setNsPrefixes(q.getPrefixMapping());
            writeGraph(buf, g);
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), "unsupported query form");
        }
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    private void writeGraph(OutputStream os, Graph g) {
        switch (format) {
            case table -> RDFDataMgr.write(os, g, RDFFormat.TURTLE_PRETTY);
            case json -> RDFDataMgr.write(os, g, Lang.JSONLD);
            case csv, tsv -> RDFDataMgr.write(os, g, RDFFormat.NTRIPLES);
        }
    }

    private static void printList(PrintWriter out, Catalogue catalogue) {
        int width = Math.max(1, catalogue.queries().stream().mapToInt(q -> q.name().length()).max().orElse(0));
        String indent = " ".repeat(width + 2);
        for (CatalogueQuery q : catalogue.queries()) {
            out.printf("%-" + width + "s  %s%n", q.name(), q.title());
            for (CatalogueQuery.Parameter p : q.parameters()) {
                String dflt = p.defaultValue() == null ? "(no default)" : "(default " + p.defaultValue() + ")";
                out.printf("%s--param %s=VALUE  %s%n", indent, p.name(),
                        p.description().isEmpty() ? dflt : p.description() + " " + dflt);
            }
        }
        out.flush();
    }
}
