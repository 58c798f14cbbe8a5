package org.newsgraph.imports;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.annotation.InputError;

/** Parses RDF with Jena's parsers; a syntax error becomes a one-line {@link InputError} with line and column. */
final class RdfInput {
    private RdfInput() {
    }

    /**
     * The quads of {@code in} (triples in the default graph).
     *
     * @param file the file named in an error
     * @param base the base IRI for relative IRIs (never the file's own location: the same file
     *     gives the same IRIs wherever it is; the importer gives a marker base and refuses what
     *     resolved against it)
     * @throws InputError when it does not parse
     */
    static DatasetGraph parse(Path file, InputStream in, Lang lang, String base) {
        DatasetGraph ds = DatasetGraphFactory.create();
        try {
            RDFParser.create().source(in).lang(lang).base(base).errorHandler(STRICT).parse(ds);
        } catch (RiotParseException e) {
            throw new InputError(file, null, (int) e.getLine(), (int) e.getCol(), lang.getLabel() + " syntax error: "
                    + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new InputError(file, lang.getLabel() + " syntax error: " + e.getMessage());
        }
        return ds;
    }

    /** Warnings are ignored (Jena accepts the data); errors stop the parse with their place. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };
}
