package org.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL results in JSON ({@code application/sparql-results+json}), the same bytes as Jena's
 * own writer ({@link RowSetWriterJSON}) gives, written about eight times faster: Jena's writer
 * passes every character through an indenting writer and builds a buffer for every quoted
 * string, which made a JSON answer of tens of thousands of rows cost more than the query. Here
 * each row is put together in a plain character buffer, with the same layout, escapes and
 * blank-node labels, and the buffer is encoded in large pieces. Boolean (ASK) answers are left to
 * Jena's writer. {@link #install()} makes it the JVM's JSON results writer (for the server's
 * endpoint and {@code query --format json}); {@code JsonResultsWriterTest} compares its bytes
 * with Jena's.
 */
public final class JsonResultsWriter implements RowSetWriter {

    /** The factory for {@link ResultSetLang#RS_JSON}. */
    public static final RowSetWriterFactory FACTORY = lang -> {
        if (!Objects.equals(lang, ResultSetLang.RS_JSON)) {
            throw new ResultSetException("JSON results writer asked for " + lang);
        }
        return new JsonResultsWriter();
    };

    /** Characters gathered before they are encoded and passed on. */
    private static final int CHUNK = 1 << 15;

    private JsonResultsWriter() {
    }

    /** Makes this the writer of JSON results for this JVM (again: no change). */
    public static void install() {
        // Jena's own initialisation registers its writer: it must have run first
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        throw new UnsupportedOperationException("Writing JSON results to a java.io.Writer. Use an OutputStream.");
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(out, result, context);
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        Rows rows = new Rows(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel());
        try {
            rows.write(rowSet);
        } catch (IOException e) {
            // Jena's kind of I/O error: Fuseki logs a client that left in one line
            throw new RuntimeIOException(e);
        }
    }

    /** One answer being written: the layout of Jena's writer, two spaces per level. */
    private static final class Rows {
        private final Writer out;
        private final NodeToLabel labels;
        private final StringBuilder buf = new StringBuilder(CHUNK + 4096);

        Rows(Writer out, NodeToLabel labels) {
            this.out = out;
            this.labels = labels;
        }

        void write(RowSet rowSet) throws IOException {
            try {
                rows(rowSet);
            } finally {
                // what was written is passed on, as Jena's writer flushes, even when a row fails
                out.append(buf);
                buf.setLength(0);
                out.flush();
            }
        }

        private void rows(RowSet rowSet) throws IOException {
            List<Var> vars = rowSet.getResultVars();
            buf.append("{ \"head\": {\n    \"vars\": [ ");
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) {
                    buf.append(" , ");
                }
                // as Jena writes them: the names unescaped
                buf.append('"').append(vars.get(i).getVarName()).append('"');
            }
            buf.append(" ]\n  } ,\n  \"results\": {\n    \"bindings\": [\n");
            boolean first = true;
            while (rowSet.hasNext()) {
                Binding binding = rowSet.next();
                if (!first) {
                    buf.append(" ,\n");
                }
                first = false;
                row(vars, binding);
                if (buf.length() >= CHUNK) {
                    out.append(buf);
                    buf.setLength(0);
                }
            }
            // a line of its own: the indentation alone when there was no row
            buf.append(first ? "      \n" : "\n");
            buf.append("    ]\n  }\n}\n");
        }

        private void row(List<Var> vars, Binding binding) {
            buf.append("      { ");
            boolean first = true;
            for (Var var : vars) {
                Node value = binding.get(var);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    buf.append(" ,");
                }
                first = false;
                newline(8);
                quote(var.getVarName());
                buf.append(": ");
                value(value, 8);
            }
            newline(6);
            buf.append('}');
        }

        private void newline(int indent) {
            buf.append('\n');
            buf.append(" ".repeat(indent));
        }

        /** One term, its first line already indented by {@code indent}; a triple term takes several lines. */
        private void value(Node value, int indent) {
            if (value.isNodeTriple()) {
                tripleTerm(value.getTriple(), indent + 2);
                newline(indent);
                buf.append('}');
                return;
            }
            buf.append("{ ");
            if (value.isLiteral()) {
                buf.append("\"type\": \"literal\" , ");
                if (Util.isSimpleString(value) || Util.isLangString(value) || Util.isDirLangString(value)) {
                    String lang = value.getLiteralLanguage();
                    TextDirection direction = value.getLiteralBaseDirection();
                    if (lang != null && !lang.isEmpty()) {
                        buf.append("\"xml:lang\": ");
                        quote(lang);
                        buf.append(" , ");
                    }
                    if (direction != null) {
                        buf.append("\"its:dir\": ");
                        quote(direction.direction());
                        buf.append(" , ");
                    }
                } else {
                    buf.append("\"datatype\": ");
                    quote(value.getLiteralDatatypeURI());
                    buf.append(" , ");
                }
                buf.append("\"value\": ");
                quote(value.getLiteralLexicalForm());
            } else if (value.isURI()) {
                buf.append("\"type\": \"uri\" , \"value\": ");
                quote(value.getURI());
            } else if (value.isBlank()) {
                buf.append("\"type\": \"bnode\" , \"value\": ");
                quote(labels.get(null, value).substring(2));
            } else if (value.isNodeGraph()) {
                throw new UnsupportedOperationException("Graph terms");
            } else {
                Log.warn(RowSetWriterJSON.class, "Unknown RDFNode type in result set: " + value.getClass());
            }
            buf.append(" }");
        }

        /** A triple term's object: the opening brace, then its lines at {@code indent}. */
        private void tripleTerm(Triple triple, int indent) {
            buf.append('{');
            newline(indent);
            buf.append("\"type\": \"triple\" , ");
            newline(indent);
            buf.append("\"value\": {");
            newline(indent + 2);
            buf.append("\"subject\":  ");
            value(triple.getSubject(), indent + 2);
            buf.append(" ,");
            newline(indent + 2);
            buf.append("\"predicate\": ");
            value(triple.getPredicate(), indent + 2);
            buf.append(" ,");
            newline(indent + 2);
            buf.append("\"object\":   ");
            value(triple.getObject(), indent + 2);
            newline(indent);
            buf.append('}');
        }

        /**
         * A JSON string as Jena's {@code JSWriter.outputQuotedString} writes it: {@code "} and
         * {@code \} escaped, {@code /} after {@code <}, the short escapes, and {@code \}{@code uXXXX}
         * for C0 and C1 controls, DEL and U+2000 to U+20FF.
         */
        private void quote(String s) {
            buf.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '"' -> buf.append("\\\"");
                    case '\\' -> buf.append("\\\\");
                    case '/' -> buf.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                    case '\b' -> buf.append("\\b");
                    case '\f' -> buf.append("\\f");
                    case '\n' -> buf.append("\\n");
                    case '\r' -> buf.append("\\r");
                    case '\t' -> buf.append("\\t");
                    default -> {
                        if (ch < ' ' || (ch >= '\u007F' && ch <= '\u009F') || (ch >= '\u2000' && ch < '\u2100')) {
                            buf.append("\\u");
                            for (int shift = 12; shift >= 0; shift -= 4) {
                                buf.append(HEX[(ch >> shift) & 0xF]);
                            }
                        } else {
                            buf.append(ch);
                        }
                    }
                }
            }
            buf.append('"');
        }

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    }
}
