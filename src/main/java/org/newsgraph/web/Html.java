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

    /** A link: {@code <a href="HREF">TEXT</a>}, both escaped; {@code title} may be null. */
    public static String a(String href, String text, String title) {
        return "<a href=\"" + esc(href) + "\"" + (title == null ? "" : " title=\"" + esc(title) + "\"") + ">"
                + esc(text) + "</a>";
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
