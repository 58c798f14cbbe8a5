package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.mapping.OntologyFiles;

/**
 * SELECT results as an aligned text table for people: IRIs shortened with the ontology's and the
 * query's prefixes and {@code id:} for the data base IRI (a local part may contain '/': this is not SPARQL, but
 * {@code --param} reads such a value back), literals as their lexical form, long values cut with an ellipsis.
 * The csv, tsv and json formats give the exact terms.
 */
final class TextTable {

    static final int MAX_WIDTH = 80;

    private TextTable() {
    }

    static String render(RowSet rows, PrefixMapping queryPrefixes, String base) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(OntologyFiles.ontology().getNsPrefixMap())
                .setNsPrefixes(queryPrefixes)
                .setNsPrefix("id", base);
        List<Var> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(b.get(vars.get(i)), prefixes);
            }
            cells.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).getVarName().length();
            for (String[] row : cells) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        String[] header = vars.stream().map(Var::getVarName).toArray(String[]::new);
        line(sb, header, width);
        String[] rule = new String[vars.size()];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(sb, rule, width);
        cells.forEach(row -> line(sb, row, width));
        sb.append(cells.size()).append(cells.size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] row, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            l.append(row[i]);
            if (i < row.length - 1) {
                l.append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length()) + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    static String cell(Node n, PrefixMapping prefixes) {
        if (n == null) {
            return "";
        }
        String s;
        if (n.isURI()) {
            s = shorten(n.getURI(), prefixes);
        } else if (n.isLiteral()) {
            s = n.getLiteralLexicalForm();
        } else {
            s = n.toString();
        }
        s = s.replaceAll("\\s+", " ").strip();
        if (s.codePointCount(0, s.length()) > MAX_WIDTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_WIDTH - 1)) + "\u2026";
        }
        return s;
    }

    /** The IRI with the longest matching namespace replaced by its prefix, or in angle brackets. */
    static String shorten(String iri, PrefixMapping prefixes) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }
}
