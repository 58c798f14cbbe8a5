package org.newsgraph.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.export.Exporter;
import org.newsgraph.mapping.ArticleEntry;
import org.newsgraph.util.Sha256;

/**
 * Where each article's TriG blocks are in the file a build wrote, so that the next build into the
 * same file takes the blocks of unchanged articles from it instead of building them again. The
 * index is a hidden file next to the output, {@code .<name>.index} (for {@code out/newsgraph.trig}:
 * {@code out/.newsgraph.trig.index}): its first line the SHA-256 of the second, the second one JSON
 * object with the key the blocks were written under (the corpus-level {@link InputDigest} and
 * the dataset's prefixes), the size of the output, the place, length and SHA-256 of the prefix
 * header and of the blocks of the graphs the corpus shares, and per article its entry (with the
 * digest of its folder) and the place, length and SHA-256 of each of its graphs' blocks. Every
 * byte of the file is so described (blocks are separated by one line end), which lets a store be
 * filled from the file ({@code serve --from-build}) once it is checked.
 *
 * <p>Nothing in it is trusted blindly: an index whose digest, format, key or output size does not
 * match is ignored, an article is reused only when its folder's digest is unchanged, and each
 * reused block is checked against its SHA-256 as it is copied (a mismatch abandons the write and
 * the build runs again without the index). The output's bytes never depend on the index.
 *
 * @param key what the blocks depend on besides their article (see {@link #key})
 * @param size the size of the output file the places refer to
 * @param articles each article's entry and blocks, by slug
 * @param prefixes the dataset's prefixes the blocks were written with
 * @param header the prefix header (name empty)
 * @param shared the blocks of the graphs the corpus shares (ontology, register, build record)
 */
public record BlockIndex(String key, long size, Map<String, Article> articles, Map<String, String> prefixes,
        Block header, List<Block> shared) {

    private static final String FORMAT = "newsgraph-trig-index/1";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One graph's block in the output: its name (an IRI), place, length and SHA-256. */
    public record Block(String name, long offset, long length, String sha256) {
    }

    /** One article's entry and blocks. */
    public record Article(ArticleEntry entry, List<Block> blocks) {
    }

    private record Body(String format, String key, long size, Map<String, String> prefixes, Block header,
            List<Block> shared, List<Article> articles) {
    }

    /** No index: nothing is reused. */
    public static final BlockIndex NONE = new BlockIndex("", -1, Map.of(), Map.of(), null, List.of());

    /** The index file of an output file. */
    public static Path fileOf(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".index");
    }

    /** What blocks depend on besides their article: the corpus-level digest and the dataset's prefixes. */
    public static String key(String corpusDigest, Map<String, String> prefixes) {
        MessageDigest md = Sha256.digest();
        InputDigest.line(md, "corpus", corpusDigest, "");
        new TreeMap<>(prefixes).forEach((p, ns) -> InputDigest.line(md, "prefix", p, ns));
        return Sha256.hex(md.digest());
    }

    /** The entries of the indexed articles, by slug. */
    public Map<String, ArticleEntry> entries() {
        Map<String, ArticleEntry> out = new HashMap<>();
        articles.forEach((slug, a) -> out.put(slug, a.entry()));
        return out;
    }

    /**
     * The index of {@code output} if there is one, intact, written under {@code key} for the
     * output as it is now; else {@link #NONE}.
     */
    public static BlockIndex read(Path output, String key) {
        return read(output, key, null);
    }

    /**
     * The index of {@code output} if there is one, intact, written for the output as it is now
     * under the corpus-level digest {@code corpusDigest} (and the prefixes it names); else
     * {@link #NONE}.
     */
    public static BlockIndex readFor(Path output, String corpusDigest) {
        return read(output, null, corpusDigest);
    }

    private static BlockIndex read(Path output, String expectedKey, String corpusDigest) {
        Path file = fileOf(output);
        try {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(output)) {
                return NONE;
            }
            Body b;
            // read as a stream (the index of 10,000 articles is tens of megabytes), from one open
            // file: the digest of the body first, then the body itself
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                InputStream stream = new BufferedInputStream(Channels.newInputStream(in), 1 << 16);
                String digest = firstLine(stream);
                if (digest == null) {
                    return NONE;
                }
                long bodyStart = digest.length() + 1;
                MessageDigest md = Sha256.digest();
                stream.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), md));
                if (!digest.equals(Sha256.hex(md.digest()))) {
                    return NONE;
                }
                in.position(bodyStart);
                b = JSON.readValue(new BufferedInputStream(Channels.newInputStream(in), 1 << 16), Body.class);
            }
            if (!FORMAT.equals(b.format()) || b.key() == null || b.size() != Files.size(output)
                    || b.articles() == null || b.prefixes() == null || b.header() == null || b.shared() == null) {
                return NONE;
            }
            String key = expectedKey != null ? expectedKey : key(corpusDigest, b.prefixes());
            if (!key.equals(b.key())) {
                return NONE;
            }
            Map<String, Article> articles = new TreeMap<>();
            for (Article a : b.articles()) {
                if (a == null || a.entry() == null || a.blocks() == null
                        || a.blocks().size() != a.entry().graphs().size()) {
                    return NONE;
                }
                articles.put(a.entry().slug(), a);
            }
            return new BlockIndex(key, b.size(), articles, b.prefixes(), b.header(), b.shared());
        } catch (IOException | RuntimeException e) {
            return NONE; // unreadable or foreign: built again
        }
    }

    /**
     * Writes the index of {@code output} (replaced atomically): the entries in folder order and the
     * blocks of their graphs as written ({@code blocks}, by graph name).
     */
    public static void write(Path output, Map<String, String> prefixes, String key, Block header,
            List<ArticleEntry> entries, Map<String, Block> blocks) throws IOException {
        Set<String> ofArticles = new HashSet<>();
        List<Article> articles = new ArrayList<>(entries.size());
        for (ArticleEntry e : entries) {
            List<Block> own = new ArrayList<>(e.graphs().size());
            for (String g : e.graphs()) {
                Block b = blocks.get(g);
                if (b == null) {
                    throw new IllegalStateException("no block written for " + g);
                }
                own.add(b);
                ofArticles.add(g);
            }
            articles.add(new Article(e, own));
        }
        Map<String, Block> shared = new TreeMap<>();
        blocks.forEach((g, b) -> {
            if (!ofArticles.contains(g)) {
                shared.put(g, b);
            }
        });
        Body body = new Body(FORMAT, key, Files.size(output), new TreeMap<>(prefixes), header,
                List.copyOf(shared.values()), articles);
        // written twice as a stream (the index of 10,000 articles is tens of megabytes): once for
        // the digest that heads the file, once after it
        ObjectWriter writer = JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        MessageDigest md = Sha256.digest();
        try (OutputStream digestOnly = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            writer.writeValue(digestOnly, body);
        }
        String digest = Sha256.hex(md.digest());
        Exporter.writeAtomically(fileOf(output), out -> {
            out.write((digest + "\n").getBytes(StandardCharsets.US_ASCII));
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            writer.writeValue(buffered, body);
            buffered.flush();
        });
    }

    /** The first line of {@code in} (a digest: at most 128 ASCII characters), or null. */
    private static String firstLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || c >= 0x80 || sb.length() >= 128) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** Removes the index of {@code output}, if any (before the output is replaced). */
    public static void delete(Path output) throws IOException {
        Files.deleteIfExists(fileOf(output));
    }
}
