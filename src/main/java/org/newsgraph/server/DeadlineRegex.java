package org.newsgraph.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;

/**
 * SPARQL's REGEX and REPLACE with a deadline: java.util.regex matches over a
 * {@link Deadline#checking character sequence} that stops the match when the query's time is
 * up, so that a catastrophically backtracking pattern cannot outlive the timeout (Jena checks
 * its timeout between rows, never inside one regex match). {@link #rewrite(Query)} puts these
 * functions in place of the built-in ones; the flags are SPARQL's (i, m, s, x, q).
 */
public final class DeadlineRegex {
    private DeadlineRegex() {
    }

    public static final String REGEX = "urn:x-newsgraph:regex";
    public static final String REPLACE = "urn:x-newsgraph:replace";

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    /** Registers the functions (idempotent; the class initialiser does it). */
    public static void init() {
    }

    /** {@code query} with REGEX and REPLACE in its expressions replaced by the deadline-checking ones. */
    public static Query rewrite(Query query) {
        ExprTransformCopy exprs = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        };
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), exprs);
        return q;
    }

    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: the pattern is not a string: " + pattern);
        }
        int f = 0;
        if (flags != null) {
            if (!flags.isString()) {
                throw new ExprEvalException("REGEX: the flags are not a string: " + flags);
            }
            for (char c : flags.getString().toCharArray()) {
                switch (c) {
                    case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 'm' -> f |= Pattern.MULTILINE;
                    case 's' -> f |= Pattern.DOTALL;
                    case 'x' -> f |= Pattern.COMMENTS;
                    case 'q' -> f |= Pattern.LITERAL;
                    default -> throw new ExprEvalException("REGEX: unknown flag '" + c + "'");
                }
            }
        }
        try {
            return Pattern.compile(pattern.getString(), f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("REGEX: bad pattern: " + e.getDescription());
        }
    }

    /** The string of a simple, xsd:string or language-tagged literal. */
    static String text(NodeValue v, String fn) {
        Node n = v.asNode();
        if (n.isLiteral() && (NodeUtils.isSimpleString(n) || NodeUtils.isLangString(n))) {
            return n.getLiteralLexicalForm();
        }
        throw new ExprEvalException(fn + ": not a string: " + v);
    }

    /** A cache of the last pattern, as most calls repeat a constant one. */
    private abstract static class Cached extends FunctionBase {
        private NodeValue lastPattern;
        private NodeValue lastFlags;
        private Pattern last;

        Pattern pattern(NodeValue p, NodeValue flags) {
            if (last != null && p.equals(lastPattern) && (flags == null ? lastFlags == null : flags.equals(lastFlags))) {
                return last;
            }
            Pattern compiled = compile(p, flags);
            lastPattern = p;
            lastFlags = flags;
            last = compiled;
            return compiled;
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Regex extends Cached {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX: 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String s = text(args.get(0), "REGEX");
            Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(Deadline.checking(s)).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]): the result keeps the text's language tag. */
    public static final class Replace extends Cached {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE: 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node n = args.get(0).asNode();
            String s = text(args.get(0), "REPLACE");
            Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
            if (!args.get(2).isString()) {
                throw new ExprEvalException("REPLACE: the replacement is not a string");
            }
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String result;
            try {
                Matcher m = p.matcher(Deadline.checking(s));
                result = m.replaceAll(args.get(2).getString());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
            }
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return NodeValue.makeNode(NodeFactory.createLiteralLang(result, lang));
            }
            if (XSDDatatype.XSDstring.equals(n.getLiteralDatatype()) && n.getLiteralDatatypeURI() != null
                    && args.get(0).asNode().getLiteralDatatype() != null) {
                return NodeValue.makeString(result);
            }
            return NodeValue.makeString(result);
        }
    }
}
