package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.pipeline.BlockIndex;
import org.newsgraph.pipeline.InputDigest;
import org.newsgraph.util.FileRange;
import org.newsgraph.util.Sha256;

/**
 * Fills an empty store from the TriG file that {@code build} wrote for the same input, instead of
 * building the graph again: when the file's {@link BlockIndex} was written under the input's
 * corpus-level digest, names exactly the input's articles with their folders' digests, and every
 * byte of the file matches it (the header and each block against its SHA-256, the line ends
 * between blocks, the size), the file is parsed into TDB2's bulk loader and the index's entries
 * become the store's record. Otherwise nothing is written and the caller builds the graph.
 */
final class FromBuild {
    private FromBuild() {
    }

    /** Whether the store was filled from {@code trig}. */
    static boolean load(Store store, Path trig, InputDigest digest, Fingerprint fingerprint, Consumer<String> progress) {
        if (!Files.isRegularFile(trig)) {
            progress.accept(trig + " is not a file; building the graph");
            return false;
        }
        if (!store.isEmpty()) {
            progress.accept("--from-build fills an empty store only; building the graph");
            return false;
        }
        BlockIndex index = BlockIndex.readFor(trig, digest.corpus());
        if (index == BlockIndex.NONE || !index.articles().keySet().equals(digest.articles().keySet())) {
            progress.accept(trig + " is not a build of this input; building the graph");
            return false;
        }
        for (var e : index.articles().entrySet()) {
            if (!e.getValue().entry().fingerprint().equals(digest.articles().get(e.getKey()))) {
                progress.accept(trig + " is not a build of this input (" + e.getKey() + " changed); building the graph");
                return false;
            }
        }
        // the bytes checked are the bytes parsed: one open file, even if a new build replaces the path meanwhile
        try (FileChannel in = FileChannel.open(trig, StandardOpenOption.READ)) {
            if (!intact(in, index)) {
                progress.accept(trig + " does not match its index; building the graph");
                return false;
            }
            progress.accept("loading " + trig + " (a build of this input) into the store");
            List<org.newsgraph.mapping.ArticleEntry> entries = new ArrayList<>();
            index.articles().values().forEach(a -> entries.add(a.entry()));
            in.position(0);
            InputStream content = Channels.newInputStream(in);
            store.replace(fingerprint, out -> RDFParser.source(content).lang(Lang.TRIG).parse(out),
                    () -> StoreIndex.of(digest.corpus(), entries));
            return true;
        } catch (IOException e) {
            progress.accept(trig + " cannot be read (" + e.getMessage() + "); building the graph");
            return false;
        }
    }

    /** Whether every byte of the file is what the index says (see {@link #intact(FileChannel, BlockIndex)}). */
    static boolean intact(Path trig, BlockIndex index) {
        try (FileChannel in = FileChannel.open(trig, StandardOpenOption.READ)) {
            return intact(in, index);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether every byte of the file is what the index says: header, blocks, one line end between blocks. */
    static boolean intact(FileChannel in, BlockIndex index) {
        List<BlockIndex.Block> all = new ArrayList<>();
        all.add(index.header());
        all.addAll(index.shared());
        index.articles().values().forEach(a -> all.addAll(a.blocks()));
        all.sort(Comparator.comparingLong(BlockIndex.Block::offset));
        byte[] buffer = new byte[1 << 16];
        try {
            if (in.size() != index.size()) {
                return false;
            }
            long at = 0;
            boolean first = true;
            for (BlockIndex.Block b : all) {
                if (!first) {
                    ByteBuffer one = ByteBuffer.allocate(1);
                    if (in.read(one, at) != 1 || one.get(0) != '\n') {
                        return false;
                    }
                    at++;
                }
                if (b.offset() != at) {
                    return false;
                }
                first = b.name().isEmpty() && first;
                MessageDigest md = Sha256.digest();
                if (FileRange.copy(in, at, b.length(), buffer, OutputStream.nullOutputStream(), md) < b.length()
                        || !Sha256.hex(md.digest()).equals(b.sha256())) {
                    return false;
                }
                at += b.length();
            }
            return at == index.size();
        } catch (IOException e) {
            return false;
        }
    }
}
