package org.newsgraph.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One canned query of the catalogue: a {@code queries/NN-name.rq} file and the header
 * comment at its top (see {@link Catalogue}).
 *
 * @param name        the file name without {@code .rq}, e.g. {@code 01-meetings}
 * @param title       from {@code # title:}, else the name
 * @param description from {@code # description:}, else empty
 * @param parameters  from the {@code # parameter:} lines, in the order written
 * @param example     from {@code # example:} (a command line), else null
 * @param output      from {@code # output:}: the answer on the seed article in words, else empty
 * @param text        the whole query text, header included
 * @param source      where it was read from (a classpath resource or a file), for messages
 */
public record CatalogueQuery(String name, String title, String description, List<Parameter> parameters,
        String example, String output, String text, String source) {

    /**
     * A parameter of a canned query: a variable of the query that the user may bind.
     *
     * @param name         the variable's name, without {@code ?}
     * @param description  what to give, without its {@code e.g.} default
     * @param defaultValue the term bound when no value is given, as written after {@code e.g.}
     *                     (e.g. {@code <https://...>} or {@code "2017"^^xsd:gYear}), or null for none
     */
    public record Parameter(String name, String description, String defaultValue) {
    }

    public CatalogueQuery {
        parameters = List.copyOf(parameters);
        output = output == null ? "" : output;
    }

    /** The default value of each parameter that has one, in the order written. */
    public Map<String, String> defaults() {
        Map<String, String> out = new LinkedHashMap<>();
        parameters.stream().filter(p -> p.defaultValue() != null).forEach(p -> out.put(p.name(), p.defaultValue()));
        return out;
    }
}
