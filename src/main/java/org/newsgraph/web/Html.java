package org.newsgraph.web;

/** HTML output: escaping (every text and attribute value goes through {@link #esc}) and the page frame. */
public final class Html {
    private Html() {
    }

    /** Escapes text for an HTML element or a quoted attribute value. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A link: {@code <a href="HREF">TEXT</a>}, both escaped; {@code title} may be null. When
     * {@code href} is not {@link #safeHref safe} (a {@code javascript:} or {@code data:} IRI
     * from the data, say) the text is shown without a link: {@code <span class="nolink">}.
     */
    public static String a(String href, String text, String title) {
        String t = title == null ? "" : " title=\"" + esc(title) + "\"";
        if (!safeHref(href)) {
            return "<span class=\"nolink\"" + t + ">" + esc(text) + "</span>";
        }
        return "<a href=\"" + esc(href) + "\"" + t + ">" + esc(text) + "</a>";
    }

    /**
     * The attribute {@code  href="HREF"} (escaped, with its leading space), or nothing when
     * {@code href} is not {@link #safeHref safe}.
     */
    public static String hrefAttr(String href) {
        return safeHref(href) ? " href=\"" + esc(href) + "\"" : "";
    }

    /**
     * True for what may become a link: a path on this server ({@code /…}, not {@code //…}), a
     * fragment or query of this page, or an {@code http:} or {@code https:} IRI; never another
     * scheme ({@code javascript:}, {@code data:}, {@code vbscript:} …), nor anything holding a
     * space, a control character or a backslash (which browsers drop or read as {@code /}).
     */
    public static boolean safeHref(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        char first = href.charAt(0);
        if (first == '/') {
            return href.length() == 1 || href.charAt(1) != '/';
        }
        return first == '#' || first == '?' || href.regionMatches(true, 0, "http://", 0, 7)
                || href.regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * A whole page: the navigation bar, then {@code main} (HTML, already escaped). {@code title}
     * is text; {@code alternates} are extra {@code <link>} elements (HTML) for the head.
     */
    public static String page(String title, String section, String main, String alternates) {
        StringBuilder b = new StringBuilder(main.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" · newsgraph</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/pages/pages.css\">\n");
        if (alternates != null) {
            b.append(alternates);
        }
        b.append("</head>\n<body class=\"").append(esc(section)).append("\">\n<header class=\"site\">")
                .append("<a class=\"brand\" href=\"/\">newsgraph</a><nav aria-label=\"Site\">")
                .append(navLink("/", "Query", section.equals("query")))
                .append(navLink("/articles", "Articles", section.equals("articles")))
                .append(navLink("/timeline", "Timeline", section.equals("timeline")))
                .append(navLink("/ontology", "Ontology", section.equals("ontology")))
                .append("</nav></header>\n<main>\n").append(main).append("\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String navLink(String href, String text, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + text + "</a>";
    }
}
