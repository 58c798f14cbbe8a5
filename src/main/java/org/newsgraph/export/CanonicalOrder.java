package org.newsgraph.export;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * The order in which the canonical copy of a dataset holds its quads: by graph (default graph
 * first), subject, predicate, object, each compared in its {@link NodeFmtLib#strNT} form. That is
 * the order of the text keys {@code graph NUL subject NUL predicate NUL object}, as no form holds
 * a NUL; here each node's form is computed once per sort and the quads are compared field by
 * field on precomputed forms, without building a key per quad or looking nodes up while sorting.
 */
public final class CanonicalOrder {
    private CanonicalOrder() {
    }

    /** A quad with the forms of its four nodes (the default graph's form is the empty string). */
    private record Keyed(String g, String s, String p, String o, Quad quad) {
    }

    private static final Comparator<Keyed> ORDER = (a, b) -> {
        int c = a.g == b.g ? 0 : a.g.compareTo(b.g);
        if (c == 0) {
            c = a.s == b.s ? 0 : a.s.compareTo(b.s);
        }
        if (c == 0) {
            c = a.p == b.p ? 0 : a.p.compareTo(b.p);
        }
        if (c == 0) {
            c = a.o == b.o ? 0 : a.o.compareTo(b.o);
        }
        return c;
    };

    /** Sorts the quads in place into the canonical order. */
    public static void sort(List<Quad> quads) {
        Map<Node, String> forms = new HashMap<>();
        Keyed[] keyed = new Keyed[quads.size()];
        for (int i = 0; i < keyed.length; i++) {
            Quad q = quads.get(i);
            keyed[i] = new Keyed(q.isDefaultGraph() ? "" : form(q.getGraph(), forms), form(q.getSubject(), forms),
                    form(q.getPredicate(), forms), form(q.getObject(), forms), q);
        }
        Arrays.sort(keyed, ORDER);
        for (int i = 0; i < keyed.length; i++) {
            quads.set(i, keyed[i].quad());
        }
    }

    private static String form(Node n, Map<Node, String> forms) {
        String f = forms.get(n);
        if (f == null) {
            f = nt(n);
            forms.put(n, f);
        }
        return f;
    }

    /**
     * {@link NodeFmtLib#strNT}: an IRI of printable ASCII characters that need no escape is
     * {@code <IRI>}, a literal without a language whose lexical form has printable characters
     * other than {@code "} and a backslash is {@code "string"} (xsd:string) or
     * {@code "form"^^<datatype>} (computed here without Jena's writer); any other node is
     * formatted by Jena.
     */
    public static String nt(Node n) {
        if (n.isURI()) {
            String uri = n.getURI();
            if (plain(uri)) {
                return "<" + uri + ">";
            }
        } else if (n.isLiteral() && n.getLiteralLanguage().isEmpty()) {
            String lex = n.getLiteralLexicalForm();
            String dt = n.getLiteralDatatypeURI();
            if (printable(lex) && dt != null) {
                if (XSDDatatype.XSDstring.getURI().equals(dt)) {
                    return "\"" + lex + "\"";
                }
                if (plain(dt)) {
                    return "\"" + lex + "\"^^<" + dt + ">";
                }
            }
        }
        return NodeFmtLib.strNT(n);
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f && c < 0xa0 || Character.isSurrogate(c)
                    || c == 0x2028 || c == 0x2029 || c >= 0xfff0) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
