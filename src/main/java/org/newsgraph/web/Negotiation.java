package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation shared by every document we serve in several syntaxes ({@code /id/*},
 * {@code /ontology}, {@code /.well-known/void}). Each media type offered gets the quality of
 * the most specific range of {@code Accept} that matches it ({@code text/turtle} before
 * {@code text/*} before {@code *}{@code /*}); {@code q=0} means not acceptable. The best
 * quality wins, then the more specific range (so {@code application/ld+json, *}{@code /*}
 * gives JSON-LD), then our order of preference: Turtle, HTML, JSON-LD, N-Triples, RDF/XML (so
 * {@code *}{@code /*} gives Turtle and {@code application/*} JSON-LD). No {@code Accept} (or
 * one without any media range) gives Turtle; an {@code Accept} that matches nothing offered
 * gives null (a 406).
 */
public final class Negotiation {
    private Negotiation() {
    }

    public static final String TURTLE = "text/turtle";
    public static final String HTML = "text/html";
    public static final String JSONLD = "application/ld+json";
    public static final String NTRIPLES = "application/n-triples";
    public static final String RDFXML = "application/rdf+xml";

    /** What is served, for the 406 message. */
    public static final String SERVED = String.join(", ", TURTLE, HTML, JSONLD, NTRIPLES, RDFXML);
    /** The {@code ?format=} keys, for the 400 message. */
    public static final String KEYS = "ttl, html, jsonld, nt, rdf";

    /** Offered media type → the type answered, in order of preference (aliases last). */
    private static final String[][] OFFERS = {
        {TURTLE, TURTLE}, {HTML, HTML}, {JSONLD, JSONLD}, {NTRIPLES, NTRIPLES}, {RDFXML, RDFXML},
        {"application/xhtml+xml", HTML}, {"text/plain", NTRIPLES}, {"application/json", JSONLD},
    };

    private record Range(String type, String subtype, double q) {
        int specificity(String t, String s) {
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : -1;
            }
            if (!type.equals(t)) {
                return -1;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : -1;
        }
    }

    /** The media type answered for the request's {@code Accept} header(s), or null when none is acceptable. */
    public static String mediaType(HttpServletRequest req) {
        List<String> headers = req.getHeaders("Accept") == null ? List.of() : Collections.list(req.getHeaders("Accept"));
        return mediaType(headers.isEmpty() ? null : String.join(",", headers));
    }

    /** The media type answered for {@code accept}, or null when none is acceptable. */
    public static String mediaType(String accept) {
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return TURTLE;
        }
        String best = null;
        double bestQ = 0;
        int bestSpecificity = 0;
        for (String[] offer : OFFERS) {
            int slash = offer[0].indexOf('/');
            String t = offer[0].substring(0, slash);
            String s = offer[0].substring(slash + 1);
            int specificity = 0;
            double q = 0;
            for (Range r : ranges) {
                int sp = r.specificity(t, s);
                if (sp > specificity || sp == specificity && sp > 0 && r.q() < q) {
                    specificity = sp;
                    q = r.q();
                }
            }
            if (specificity > 0 && q > 0 && (q > bestQ || q == bestQ && specificity > bestSpecificity)) {
                best = offer[1];
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    /** The media ranges of an {@code Accept} value; malformed ones are left out. */
    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        if (accept == null) {
            return out;
        }
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 1;
                    }
                    q = Double.isNaN(q) ? 1 : Math.max(0, Math.min(1, q));
                }
            }
            out.add(new Range(type, subtype, q));
        }
        return out;
    }

    /** 406 with the list of what is served. */
    public static void notAcceptable(HttpServletResponse resp) throws IOException {
        plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: served as " + SERVED + ".");
    }

    /** 400 for an unknown {@code ?format=}. */
    public static void badFormat(HttpServletResponse resp) throws IOException {
        plain(resp, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: format must be one of " + KEYS + ".");
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
