package org.newsgraph.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.annotation.InputError;
import org.newsgraph.annotation.TextFiles;
import org.newsgraph.store.ClasspathTree;

/**
 * The catalogue of canned queries: the {@code .rq} files of the classpath folder
 * {@code queries/}, each with a header comment (see queries/README.md)
 * <pre>
 * # title: What the article says about an entity
 * # description: Everything the graph holds about one person, organisation, place or country,
 * #   in text order.
 * # parameter: entity — IRI of a person, organisation, place or country, e.g. &lt;https://w3id.org/newsgraph/id/entity/Q22686&gt;
 * # example: ./newsgraph query 09-about-entity --param entity=https://w3id.org/newsgraph/id/entity/Q22686
 * # output: 20 rows for Donald Trump: 8 claims about him, 11 event rows and his position as
 * #   President.
 * </pre>
 * The header is the run of {@code #} lines at the top. A field is a line {@code # key: value}
 * with one of the keys {@code title}, {@code description}, {@code parameters} (only
 * {@code # parameters: none}), {@code parameter} (one line per parameter: the variable's name
 * without {@code ?}, an em dash, its description), {@code example} and {@code output} (the
 * answer on the seed article, in words); any other comment line continues the field above it.
 * A parameter's default value is the RDF term after the last {@code e.g.} of its line:
 * {@code <iri>}, a quoted literal ({@code "..."}, {@code "..."@lang}, {@code "..."^^type}) or a
 * prefixed name; without one the parameter has no default.
 */
public final class Catalogue {

    /** The classpath folder of the canned queries. */
    public static final String FOLDER = "queries";

    /** The keys of the header fields. */
    public static final List<String> KEYS =
            List.of("title", "description", "parameters", "parameter", "example", "output");

    private static final Pattern FIELD =
            Pattern.compile("^# (title|description|parameters|parameter|example|output):(?:\\s(.*))?$");
    private static final Pattern PARAMETER = Pattern.compile(
            "^[?$]?([A-Za-z_][A-Za-z0-9_]*)(?:\\s+\u2014(?:\\s+(.*))?)?$", Pattern.DOTALL);
    private static final Pattern EXAMPLE_TERM = Pattern.compile("e\\.g\\.\\s+("
            + "<[^<>\"{}|^`\\\\\\s]*>"                                                  // <iri>
            + "|\"(?:[^\"\\\\]|\\\\.)*\"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\\^\\^(?:<[^>\\s]*>|[A-Za-z][\\w.-]*:[\\w-]+))?"
            + "|'(?:[^'\\\\]|\\\\.)*'(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\\^\\^(?:<[^>\\s]*>|[A-Za-z][\\w.-]*:[\\w-]+))?"
            + "|[A-Za-z][\\w-]*(?:\\.[\\w-]+)*:[\\w-]*(?:[.:][\\w-]+)*"                // prefix:name
            + ")");

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
            throw new InputError(dir, "cannot list: " + TextFiles.describe(e));
        }
    }

    public static Catalogue of(Collection<CatalogueQuery> queries) {
        List<CatalogueQuery> sorted = new ArrayList<>(queries);
        sorted.sort(Comparator.comparing(CatalogueQuery::name));
        return new Catalogue(sorted);
    }

    /**
     * Reads one {@code .rq} file (a catalogue query outside the catalogue).
     *
     * @throws InputError the file cannot be read, is not UTF-8, or its header is wrong
     */
    public static CatalogueQuery readFile(Path file) {
        Path name = file.getFileName();
        return parse(nameOf(name == null ? file.toString() : name.toString()), TextFiles.readUtf8(file),
                file.toString());
    }

    /** The queries, sorted by name. */
    public List<CatalogueQuery> queries() {
        return queries;
    }

    /**
     * The query named {@code name}; else the only one whose name starts with {@code name}
     * followed by {@code -} (so {@code 01} finds {@code 01-meetings}).
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

    /**
     * One field of a header: its key (one of {@link #KEYS}), its value (continuation lines
     * joined with single spaces) and the line it starts on (1-based).
     */
    public record Field(String key, String value, int line) {
    }

    /**
     * The fields of the header comment of a query text, in the order written. The header is
     * the run of {@code #} lines at the top (blank lines before it are skipped); comment lines
     * before the first field are not part of any field.
     */
    public static List<Field> header(String text) {
        List<String> keys = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int n = 0;
        boolean started = false;
        for (String line : text.lines().toList()) {
            n++;
            String t = line.strip();
            if (t.isEmpty() && !started) {
                continue;
            }
            if (!t.startsWith("#")) {
                break;
            }
            started = true;
            Matcher m = FIELD.matcher(t);
            if (m.matches()) {
                keys.add(m.group(1));
                values.add(new StringBuilder(m.group(2) == null ? "" : m.group(2).strip()));
                lines.add(n);
            } else if (!values.isEmpty()) {
                String more = t.substring(1).strip();
                StringBuilder sb = values.get(values.size() - 1);
                if (!more.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(more);
                }
            }
        }
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Field(keys.get(i), values.get(i).toString(), lines.get(i)));
        }
        return out;
    }

    /**
     * Parses the header comment of a query text (see the class comment). A text without a
     * header is a query without parameters whose title is its name.
     *
     * @throws InputError a field given twice, {@code # parameters:} with a value other than
     *         {@code none} or together with {@code # parameter:} lines, or a malformed
     *         {@code # parameter:} line
     */
    public static CatalogueQuery parse(String name, String text, String source) {
        String title = null;
        String description = null;
        String example = null;
        String output = null;
        Field none = null;
        List<CatalogueQuery.Parameter> parameters = new ArrayList<>();
        Field firstParameter = null;
        for (Field f : header(text)) {
            switch (f.key()) {
                case "title" -> title = single(title, f, source);
                case "description" -> description = single(description, f, source);
                case "example" -> example = single(example, f, source);
                case "output" -> output = single(output, f, source);
                case "parameters" -> {
                    if (!f.value().equals("none")) {
                        throw error(source, f, "'# parameters:' takes only 'none'; write one line "
                                + "'# parameter: name \u2014 description, e.g. <default>' per parameter");
                    }
                    if (none != null) {
                        throw error(source, f, "'# parameters:' is given twice");
                    }
                    none = f;
                }
                case "parameter" -> {
                    CatalogueQuery.Parameter p = parameter(f, source);
                    if (parameters.stream().anyMatch(o -> o.name().equals(p.name()))) {
                        throw error(source, f, "parameter '" + p.name() + "' is given twice");
                    }
                    parameters.add(p);
                    if (firstParameter == null) {
                        firstParameter = f;
                    }
                }
                default -> throw new IllegalStateException(f.key());
            }
        }
        if (none != null && firstParameter != null) {
            throw error(source, none.line() < firstParameter.line() ? firstParameter : none,
                    "'# parameters: none' and '# parameter:' lines in the same header");
        }
        return new CatalogueQuery(name, title == null || title.isEmpty() ? name : title,
                description == null ? "" : description, parameters, example, output == null ? "" : output, text,
                source);
    }

    /** Parses the value of a {@code # parameter:} field: {@code name — description, e.g. <default>}. */
    static CatalogueQuery.Parameter parameter(Field f, String source) {
        Matcher m = PARAMETER.matcher(f.value());
        if (!m.matches()) {
            throw error(source, f, "expected '# parameter: name \u2014 description, e.g. <default>', found '"
                    + f.value() + "'");
        }
        String description = m.group(2) == null ? "" : m.group(2).strip();
        String defaultValue = null;
        int eg = description.lastIndexOf("e.g.");
        if (eg >= 0) {
            Matcher t = EXAMPLE_TERM.matcher(description);
            if (t.find(eg) && t.start() == eg) {
                defaultValue = t.group(1);
                String before = description.substring(0, eg);
                String after = description.substring(t.end());
                if (after.matches("[\\s.)]*") && !before.isBlank()) {
                    // "IRI of a person, e.g. <...>" is described as "IRI of a person".
                    description = before.replaceFirst("[\\s,;:(]+$", "");
                }
            }
        }
        return new CatalogueQuery.Parameter(m.group(1), description, defaultValue);
    }

    private static String single(String previous, Field f, String source) {
        if (previous != null) {
            throw error(source, f, "'# " + f.key() + ":' is given twice");
        }
        return f.value();
    }

    private static InputError error(String source, Field f, String problem) {
        return new InputError(Path.of(source.replaceFirst("^classpath:", "")), null, f.line(), 1,
                "query header: " + problem);
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }
}
