package org.newsgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.store.ClasspathTree;

/**
 * The catalogue of canned queries: the {@code .rq} files of the classpath folder
 * {@code queries/}, each with a header comment
 * <pre>
 * # title: Who took part in each meeting
 * # description: Meetings, their participants and the role of each.
 * #   (a line of the comment without a "key:" continues the field above it)
 * # parameters: ?article the article's IRI, ?person a person's IRI
 * </pre>
 * Parameters are written {@code ?name} (or {@code $name}), each followed by its description,
 * separated by commas or semicolons; a comma or semicolon followed by {@code ?name} starts the
 * next one. {@code none} or an empty value means none.
 */
public final class Catalogue {

    /** The classpath folder of the canned queries. */
    public static final String FOLDER = "queries";

    private static final Pattern FIELD = Pattern.compile("^#\\s*([A-Za-z][A-Za-z -]*?)\\s*:\\s?(.*)$");
    private static final Pattern PARAM_START = Pattern.compile("(?:^|[,;])\\s*[?$]([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BARE_NAME = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(.*)$");

    private final List<CatalogueQuery> queries;

    private Catalogue(List<CatalogueQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The catalogue of the classpath folder {@code queries/} (its top level {@code .rq} files). */
    public static Catalogue fromClasspath() {
        List<CatalogueQuery> list = new ArrayList<>();
        ClasspathTree.read(FOLDER).forEach((rel, bytes) -> {
            if (rel.endsWith(".rq") && !rel.contains("/")) {
                list.add(parse(nameOf(rel), new String(bytes, StandardCharsets.UTF_8), "classpath:" + FOLDER + "/" + rel));
            }
        });
        return of(list);
    }

    /** The catalogue of the {@code .rq} files in {@code dir}. */
    public static Catalogue fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<CatalogueQuery> list = new ArrayList<>();
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".rq"))::iterator) {
                list.add(readFile(f));
            }
            return of(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    public static Catalogue of(Collection<CatalogueQuery> queries) {
        List<CatalogueQuery> sorted = new ArrayList<>(queries);
        sorted.sort(Comparator.comparing(CatalogueQuery::name));
        return new Catalogue(sorted);
    }

    /** Reads one {@code .rq} file (a catalogue query outside the catalogue). */
    public static CatalogueQuery readFile(Path file) {
        try {
            return parse(nameOf(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8),
                    file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The queries, sorted by name. */
    public List<CatalogueQuery> queries() {
        return queries;
    }

    /**
     * The query named {@code name}; else the only one whose name starts with {@code name}
     * followed by {@code -} (so {@code 01} finds {@code 01-meeting-participants}).
     */
    public Optional<CatalogueQuery> find(String name) {
        for (CatalogueQuery q : queries) {
            if (q.name().equals(name)) {
                return Optional.of(q);
            }
        }
        List<CatalogueQuery> prefixed = queries.stream().filter(q -> q.name().startsWith(name + "-")).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** Parses the header comment of a query text. */
    public static CatalogueQuery parse(String name, String text, String source) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        String current = null;
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (t.isEmpty()) {
                if (fields.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!t.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(t);
            if (m.matches()) {
                current = m.group(1).toLowerCase(Locale.ROOT).strip();
                fields.put(current, new StringBuilder(m.group(2).strip()));
            } else if (current != null) {
                String more = t.substring(1).strip();
                if (!more.isEmpty()) {
                    StringBuilder sb = fields.get(current);
                    sb.append(sb.isEmpty() ? "" : " ").append(more);
                }
            }
        }
        String title = field(fields, "title");
        return new CatalogueQuery(name, title.isEmpty() ? name : title, field(fields, "description"),
                parameters(field(fields, "parameters")), text, source);
    }

    /** Parses the value of a {@code # parameters:} field. */
    static List<CatalogueQuery.Parameter> parameters(String value) {
        String v = value.strip();
        List<CatalogueQuery.Parameter> out = new ArrayList<>();
        if (v.isEmpty() || v.equalsIgnoreCase("none") || v.equals("-")) {
            return out;
        }
        Matcher m = PARAM_START.matcher(v);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        if (starts.isEmpty()) {
            // Bare names: "article, person".
            for (String part : v.split("[,;]")) {
                Matcher b = BARE_NAME.matcher(part);
                if (b.matches()) {
                    out.add(new CatalogueQuery.Parameter(b.group(1), describe(b.group(2))));
                }
            }
            return out;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : v.length();
            out.add(new CatalogueQuery.Parameter(names.get(i), describe(v.substring(starts.get(i)[1], end))));
        }
        return out;
    }

    private static String describe(String rest) {
        String d = rest.strip();
        d = d.replaceFirst("^[-:=\u2013\u2014]+\\s*", "");
        if (d.startsWith("(") && d.endsWith(")")) {
            d = d.substring(1, d.length() - 1).strip();
        }
        return d;
    }

    private static String field(Map<String, StringBuilder> fields, String key) {
        StringBuilder sb = fields.get(key);
        return sb == null ? "" : sb.toString();
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }
}
