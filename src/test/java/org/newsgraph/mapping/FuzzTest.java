package org.newsgraph.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.InputError;
import org.newsgraph.validate.InvalidGraphException;
import org.newsgraph.validate.Validation;

/**
 * Seeded, in-process fuzzing of the builder: mutations of the seed fixture's annotation (values
 * deleted, duplicated, retyped, ids swapped, strings truncated or cut inside a character, numbers
 * changed, nulls inserted, values nested deeply, the JSON text cut or spliced), each read and
 * built in memory against the seed's register. The only acceptable failures are an
 * {@link InputError} of one line and an {@link InvalidGraphException}; anything else (a
 * NullPointerException, a DateTimeException, a StackOverflowError...) is a bug, reported with the
 * mutation that caused it so that it can be replayed.
 *
 * <p>The seed is fixed, so every run tries the same inputs. The graphs that build are validated
 * (SHACL) one in {@value #VALIDATE_EVERY}, which is the slow part.
 */
class FuzzTest {

    static final Path SEED = Path.of("src/test/resources/seed");
    static final String SLUG = "cnn-2019-09-09-russia-extraction";
    static final long RANDOM_SEED = Long.getLong("fuzz.seed", 20261130L);
    /** How many mutated annotations are tried (override with -Dfuzz.count=N). */
    static final int COUNT = Integer.getInteger("fuzz.count", 3000);
    static final int VALIDATE_EVERY = 10;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void mutatedAnnotationsFailOnlyWithInputOrInvalidGraphErrors() throws Exception {
        Path folder = SEED.resolve("articles").resolve(SLUG);
        Path textFile = folder.resolve("article.txt");
        Path annotationFile = folder.resolve("annotation.json");
        String text = Files.readString(textFile);
        JsonNode seed = JSON.readTree(Files.readString(annotationFile));
        Register register = Register.read(SEED, Build.DEFAULT_BASE);
        List<String> ids = new ArrayList<>();
        seed.findValues("id").forEach(v -> ids.add(v.asText()));

        Random random = new Random(RANDOM_SEED);
        List<String> bugs = new ArrayList<>();
        int built = 0;
        int inputErrors = 0;
        int invalid = 0;
        for (int i = 0; i < COUNT && bugs.size() < 5; i++) {
            JsonNode tree = seed.deepCopy();
            StringBuilder what = new StringBuilder("mutation " + i + ":");
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                tree = mutate(tree, random, ids, what);
            }
            String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            if (random.nextInt(20) == 0) {
                json = mangleText(json, random, what);
            }
            try {
                DatasetGraph ds = Build.buildArticle(SLUG, textFile, text, annotationFile, json, register,
                        Build.DEFAULT_BASE);
                built++;
                if (built % VALIDATE_EVERY == 0) {
                    Validation.requireValid(ds);
                }
            } catch (InputError e) {
                inputErrors++;
                if (e.getMessage().lines().count() != 1) {
                    bugs.add(what + " -> an input error of more than one line: " + e.getMessage());
                }
            } catch (InvalidGraphException e) {
                invalid++;
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                List<String> lines = trace.toString().lines().toList();
                List<String> shown = new ArrayList<>(lines.subList(0, Math.min(3, lines.size())));
                lines.stream().skip(3).filter(l -> l.contains("org.newsgraph.")).limit(8).forEach(shown::add);
                bugs.add(what + " -> " + String.join("\n", shown));
            }
        }
        System.out.println("fuzz: " + COUNT + " mutations, " + built + " built, " + inputErrors + " input errors, "
                + invalid + " invalid graphs, " + bugs.size() + " bugs");
        assertTrue(bugs.isEmpty(), () -> String.join("\n\n", bugs));
    }

    // ---- mutations -----------------------------------------------------------------------

    /** A place in the tree: a container and a field name or an index in it. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        String pointer() {
            return field != null ? "." + field : "[" + index + "]";
        }
    }

    private static void slots(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(new Slot(node, f, -1));
                slots(node.get(f), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                slots(node.get(i), out);
            }
        }
    }

    private static JsonNode mutate(JsonNode tree, Random r, List<String> ids, StringBuilder what) {
        List<Slot> slots = new ArrayList<>();
        slots(tree, slots);
        if (slots.isEmpty()) {
            return tree;
        }
        Slot s = slots.get(r.nextInt(slots.size()));
        JsonNode v = s.get();
        int kind = r.nextInt(10);
        what.append(' ').append(kind).append('@').append(s.pointer());
        switch (kind) {
            case 0 -> s.remove();
            case 1 -> {
                if (s.parent().isArray()) {
                    ((ArrayNode) s.parent()).insert(s.index(), v.deepCopy());
                } else {
                    s.set(NODES.arrayNode().add(v.deepCopy()).add(v.deepCopy()));
                }
            }
            case 2 -> s.set(randomValue(r, ids));
            case 3 -> s.set(NODES.textNode(ids.get(r.nextInt(ids.size()))));
            case 4 -> {
                if (v.isTextual()) {
                    String t = v.asText();
                    s.set(NODES.textNode(t.substring(0, r.nextInt(t.length() + 1))));
                } else {
                    s.set(NODES.textNode(""));
                }
            }
            case 5 -> s.set(randomNumber(r));
            case 6 -> {
                if (s.parent().isArray()) {
                    ((ArrayNode) s.parent()).insertNull(s.index());
                } else {
                    s.set(NODES.nullNode());
                }
            }
            case 7 -> {
                JsonNode nested = v;
                int depth = 1 + r.nextInt(r.nextBoolean() ? 8 : 150);
                for (int d = 0; d < depth; d++) {
                    nested = r.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("x", nested);
                }
                s.set(nested);
            }
            case 8 -> {
                if (v.isTextual() && !v.asText().isEmpty()) {
                    String t = v.asText();
                    int at = r.nextInt(t.length() + 1);
                    String[] odd = {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uFEFF", "\n", "\u0000", " ", "é", "\"", "\\"};
                    s.set(NODES.textNode(t.substring(0, at) + odd[r.nextInt(odd.length)] + t.substring(at)));
                } else {
                    s.set(NODES.textNode(ids.get(r.nextInt(ids.size()))));
                }
            }
            default -> {
                // swap two values of the same field name (ids, references, evidence...)
                Slot other = slots.get(r.nextInt(slots.size()));
                JsonNode a = v.deepCopy();
                JsonNode b = other.get() == null ? NODES.nullNode() : other.get().deepCopy();
                if (!isInside(other, s) && !isInside(s, other)) {
                    s.set(b);
                    other.set(a);
                }
            }
        }
        return tree;
    }

    /** Whether slot {@code a}'s container lies inside the value at slot {@code b}. */
    private static boolean isInside(Slot a, Slot b) {
        JsonNode bv = b.get();
        if (bv == null) {
            return true;
        }
        List<Slot> inner = new ArrayList<>();
        slots(bv, inner);
        return bv == a.parent() || inner.stream().anyMatch(x -> x.get() == a.parent());
    }

    private static JsonNode randomValue(Random r, List<String> ids) {
        return switch (r.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> randomNumber(r);
            case 3 -> NODES.numberNode(r.nextDouble() * 20);
            case 4 -> NODES.objectNode();
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.textNode(ids.get(r.nextInt(ids.size())));
            default -> NODES.textNode("x".repeat(r.nextInt(5)));
        };
    }

    private static JsonNode randomNumber(Random r) {
        long[] edges = {0, -1, 1, 2, 12, 13, 28, 29, 31, 32, 1582, 9999, 10000, -5, Integer.MAX_VALUE,
            Integer.MIN_VALUE, 2_000_000_000L, 99_999_999_999L, Long.MAX_VALUE};
        return r.nextInt(4) == 0 ? NODES.numberNode(r.nextInt(3000) - 500)
                : NODES.numberNode(edges[r.nextInt(edges.length)]);
    }

    /** Damages the JSON text itself: cut short, a character inserted, a span deleted or doubled. */
    private static String mangleText(String json, Random r, StringBuilder what) {
        int at = r.nextInt(json.length());
        int kind = r.nextInt(4);
        what.append(" text").append(kind).append('@').append(at);
        return switch (kind) {
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + "{}[],:\"\\\u0000\uD800x1e999".charAt(r.nextInt(15)) + json.substring(at);
            case 2 -> json.substring(0, at) + json.substring(Math.min(json.length(), at + r.nextInt(40)));
            default -> json.substring(0, at) + json.substring(at, Math.min(json.length(), at + 60)) + json.substring(at);
        };
    }
}
