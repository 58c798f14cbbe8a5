package org.newsgraph.queries;

import java.util.List;

/**
 * One canned query of the catalogue: a {@code queries/NN-name.rq} file and the header
 * comment at its top.
 *
 * @param name        the file name without {@code .rq}, e.g. {@code 01-meeting-participants}
 * @param title       from {@code # title:}, else the name
 * @param description from {@code # description:}, else empty
 * @param parameters  from {@code # parameters:}, in the order written
 * @param text        the whole query text, header included
 * @param source      where it was read from (a classpath resource or a file), for messages
 */
public record CatalogueQuery(String name, String title, String description, List<Parameter> parameters,
        String text, String source) {

    /** A parameter of a canned query: a variable of the query that the user may bind. */
    public record Parameter(String name, String description) {
    }

    public CatalogueQuery {
        parameters = List.copyOf(parameters);
    }
}
