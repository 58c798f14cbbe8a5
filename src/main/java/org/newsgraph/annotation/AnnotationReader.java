package org.newsgraph.annotation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code annotation.json} into {@link Annotation} records (and, through the same strict
 * reading, the corpus register: {@link CorpusReader}). Every value's line and
 * column is remembered by its JSON pointer so that later checks (unknown reference,
 * evidence not found, ...) can report the exact place through {@link Located}.
 */
public final class AnnotationReader {

    /** The longest string value (characters) an annotation or register file may hold. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** How deeply objects and lists may nest (annotations nest about six levels). */
    public static final int MAX_NESTING_DEPTH = 100;
    /** The largest annotation or register file, in bytes (and characters, once read). */
    public static final int MAX_DOCUMENT_LENGTH = 20_000_000;
    /** The most digits a number may have. */
    public static final int MAX_NUMBER_LENGTH = 20;

    /**
     * The limits are set here, deliberately, rather than left to Jackson's defaults, so that
     * every one of them is reported by {@link #limitProblem} in our words, at its place.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // strict types: 5.9 and "5" are not the whole number 5, "true" is not true, 5 is not "5"
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private AnnotationReader() {
    }

    /** An annotation with the places of its values. */
    public record Located(Path file, Annotation annotation, Map<String, JsonLocation> places) {

        /**
         * An error at the value with this JSON pointer or, where the input has no such value (a missing
         * field, a single value written for a list), at the nearest enclosing value that it has.
         */
        public InputError error(String pointer, String problem) {
            return errorAt(file, places, pointer, problem);
        }
    }

    /**
     * An error in {@code file} at the value with this JSON pointer or, where the input has no such
     * value, at the nearest enclosing value that it has ({@code places}: where each value starts).
     */
    static InputError errorAt(Path file, Map<String, JsonLocation> places, String pointer, String problem) {
        String p = pointer;
        JsonLocation loc = places.get(p);
        while (loc == null && !p.isEmpty()) {
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            loc = places.get(p);
        }
        return loc == null
                ? new InputError(file, pointer, -1, -1, problem)
                : new InputError(file, p, loc.getLineNr(), loc.getColumnNr(), problem);
    }

    public static Located read(Path file) {
        return parse(file, TextFiles.readUtf8(file, MAX_DOCUMENT_LENGTH));
    }

    public static Located parse(Path file, String json) {
        Map<String, JsonLocation> places = placesOf(file, json);
        Annotation annotation = readInto(file, json, Annotation.class, "the annotation", places);
        return new Located(file, annotation, places);
    }

    /**
     * Reads one JSON file into a record of {@code type}, strictly (unknown fields, duplicate keys,
     * nulls in lists and values of the wrong type are errors). Every error is one located line,
     * at the place {@code places} (from {@link #placesOf} for the same file) gives.
     *
     * @param what what the file holds, for the message when it is not a JSON object ("the annotation")
     * @throws InputError on the first problem
     */
    static <T> T readInto(Path file, String json, Class<T> type, String what, Map<String, JsonLocation> places) {
        JsonNode tree;
        if (json.startsWith("\uFEFF")) {
            // a byte-order mark before JSON changes no value and no offset (RFC 8259 allows ignoring it)
            json = json.substring(1);
        }
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new InputError(file, "file too large: " + json.length() + " characters; the limit is "
                    + MAX_DOCUMENT_LENGTH);
        }
        try {
            scan(file, json, null);
            tree = MAPPER.readTree(json);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            String msg = firstLine(e.getOriginalMessage());
            String pointer = null;
            JsonParser parser = e.getProcessor();
            if (parser != null && parser.getParsingContext() != null) {
                String at = parser.getParsingContext().pathAsPointer().toString();
                pointer = at.isEmpty() ? null : at;
            }
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(msg);
            String problem = dup.find() ? "field \"" + dup.group(1) + "\" is given twice in this object"
                    : "malformed JSON: " + msg;
            throw new InputError(file, pointer, loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : loc.getColumnNr(), problem);
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InputError(file, "", 1, 1, what + " must be a JSON object");
        }
        String nullElement = nullInAList(tree, "");
        if (nullElement != null) {
            throw errorAt(file, places, nullElement, "null is not allowed here");
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            java.util.TreeSet<String> known = new java.util.TreeSet<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            throw errorAt(file, places, pointer(e), "unknown field \"" + e.getPropertyName()
                    + "\" (known fields: " + String.join(", ", known) + ")");
        } catch (MismatchedInputException e) {
            String pointer = pointer(e);
            JsonNode found = tree.at(pointer);
            throw errorAt(file, places, pointer, "wrong type of value: expected " + expected(e.getTargetType())
                    + (found.isMissingNode() ? "" : ", found " + found));
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            JsonNode found = tree.at(pointer);
            if (found.isIntegralNumber() && !found.canConvertToInt()) {
                throw errorAt(file, places, pointer, "number " + found + " is out of range: a whole number here is "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
            }
            throw errorAt(file, places, pointer, "wrong value: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Where each value of {@code json} starts, by JSON pointer: found when first asked (to report
     * an error), by reading the file's tokens once more. For {@link #readInto}, which then need
     * not record them while it reads.
     */
    static Map<String, JsonLocation> placesOf(Path file, String json) {
        return new Places(file, json.startsWith("\uFEFF") ? json.substring(1) : json);
    }

    private static final class Places extends java.util.AbstractMap<String, JsonLocation> {
        private final Path file;
        private final String json;
        private Map<String, JsonLocation> found;

        Places(Path file, String json) {
            this.file = file;
            this.json = json;
        }

        private synchronized Map<String, JsonLocation> found() {
            if (found == null) {
                Map<String, JsonLocation> m = new HashMap<>();
                try {
                    scan(file, json, m);
                } catch (IOException | RuntimeException e) {
                    // asked for after a failed read: the places before the failure are known
                }
                found = m;
            }
            return found;
        }

        @Override
        public JsonLocation get(Object pointer) {
            return found().get(pointer);
        }

        @Override
        public boolean containsKey(Object pointer) {
            return found().containsKey(pointer);
        }

        @Override
        public java.util.Set<Map.Entry<String, JsonLocation>> entrySet() {
            return found().entrySet();
        }
    }

    /**
     * Reads the tokens of {@code json}, recording where each value starts by JSON pointer into
     * {@code places} unless it is null. A second value after the first (two objects in one file),
     * a lone surrogate in a string and a value past a limit are errors here.
     */
    private static void scan(Path file, String json, Map<String, JsonLocation> places) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            JsonToken t;
            boolean rootSeen = false;
            while ((t = next(file, p)) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.FIELD_NAME) {
                    int bad = loneSurrogate(p.getText());
                    if (bad >= 0) {
                        String object = ctx.pathAsPointer().toString();
                        throw new InputError(file, object.substring(0, object.lastIndexOf('/')),
                                p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                                surrogateProblem("field name", p.getText(), bad));
                    }
                    continue;
                }
                if (t.isStructStart()) {
                    ctx = ctx.getParent();
                }
                JsonLocation where = p.currentTokenLocation();
                if (ctx.inRoot()) {
                    if (rootSeen) {
                        throw new InputError(file, null, where.getLineNr(), where.getColumnNr(),
                                "a second JSON value after the end of the first; the file holds one JSON object");
                    }
                    rootSeen = true;
                }
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT
                        || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text;
                    try {
                        text = p.getText(); // a long string or number is read only now: its limit is checked here
                    } catch (StreamConstraintsException e) {
                        throw located(file, p, limitProblem(e));
                    }
                    int bad = t == JsonToken.VALUE_STRING ? loneSurrogate(text) : -1;
                    if (bad >= 0) {
                        throw new InputError(file, ctx.pathAsPointer().toString(), where.getLineNr(),
                                where.getColumnNr(), surrogateProblem("string", text, bad));
                    }
                }
                if (places != null) {
                    places.putIfAbsent(ctx.pathAsPointer().toString(), where);
                }
            }
        }
    }

    /** The next token, with a read limit reported in our words at its place. */
    private static JsonToken next(Path file, JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            throw located(file, p, limitProblem(e));
        }
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String surrogateProblem(String what, String s, int at) {
        return String.format("the %s holds a lone surrogate \\u%04x at character %d (half of a character outside"
                + " the Basic Multilingual Plane, like an emoji cut in two): write the whole character", what,
                (int) s.charAt(at), at + 1);
    }

    /** Our words for a Jackson read limit. */
    private static String limitProblem(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("String value length")) {
            return "string too long: the limit is " + MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("nesting depth")) {
            return "nested too deeply: the limit is " + MAX_NESTING_DEPTH + " levels of objects and lists";
        }
        if (m.startsWith("Number value length")) {
            return "number too long: the limit is " + MAX_NUMBER_LENGTH + " digits";
        }
        if (m.startsWith("Document length")) {
            return "file too large: the limit is " + MAX_DOCUMENT_LENGTH + " characters";
        }
        return "beyond a reading limit: " + firstLine(m);
    }

    /** An error at the place where the parser stopped. */
    private static InputError located(Path file, JsonParser parser, String problem) {
        JsonLocation loc = parser.currentLocation();
        String pointer = null;
        if (parser.getParsingContext() != null) {
            String at = parser.getParsingContext().pathAsPointer().toString();
            pointer = at.isEmpty() ? null : at;
            if (pointer != null && pointer.length() > 200) {
                pointer = pointer.substring(0, 200) + "...";
            }
        }
        return new InputError(file, pointer, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
                problem);
    }

    /** The pointer of the first null element of a list (participants, mentions, ...) in the tree, or null. */
    private static String nullInAList(JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = pointer + "/" + i;
                String found = node.get(i).isNull() ? at : nullInAList(node.get(i), at);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                String found = nullInAList(field.getValue(), pointer + "/" + escape(field.getKey()));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A field name as a JSON pointer segment. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(escape(ref.getFieldName()));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Evidence.class) {
            return "evidence: a string or an object {\"text\", \"occurrence\" or \"in\"}";
        }
        return "an object";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
