package org.newsgraph.export;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of output that newsgraph replaces as a whole ({@code export --split-by}, {@code export
 * --dist}): written into a temporary sibling, then moved into place, so a failure leaves the old
 * folder (or none) and nothing half-written. An existing folder is replaced only when newsgraph
 * wrote it: it holds nothing but the files its own list names. A symbolic link, the root, the data
 * folder or anything inside it, and a folder holding anything else are refused, untouched.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** What says whether an existing folder is one of ours: the file names it lists, or null when it is not ours. */
    @FunctionalInterface
    public interface Listing {
        Set<String> files(Path dir) throws IOException;
    }

    /** What writes the new content into a fresh folder. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path dir) throws IOException;
    }

    /**
     * Checks {@code dir}, writes through {@code writer} into a temporary sibling and moves it in
     * place of {@code dir}.
     *
     * @param data the data folder (refused as a target, with everything inside it), or null
     * @param ours the names an existing folder of ours lists (null: not ours)
     * @throws IOException with a reason naming what is wrong; nothing is touched when the checks fail
     */
    public static void replace(Path dir, Path data, Listing ours, String what, Writer writer) throws IOException {
        Path target = check(dir, data, ours, what);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createDirectory(tmp);
        try {
            writer.writeInto(tmp);
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
                Files.move(target, old);
            }
            Files.move(tmp, target);
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** The checks of {@link #replace}: the absolute, normalised target. */
    static Path check(Path dir, Path data, Listing ours, String what) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw refused(dir, "is the root folder: name a new folder");
        }
        if (Files.isSymbolicLink(target)) {
            throw refused(dir, "is a symbolic link: name a folder, not a link");
        }
        if (data != null) {
            Path d = data.toAbsolutePath().normalize();
            Path real = realOrSelf(target);
            Path realData = realOrSelf(d);
            if (target.startsWith(d) || real.startsWith(realData) || realData.startsWith(real)) {
                throw refused(dir, "is or holds the data folder " + data + ": name a folder outside it");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(dir, "exists and is not a folder: name a new folder");
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> s = Files.list(target)) {
            s.forEach(p -> present.add(p.getFileName().toString()));
        }
        if (present.isEmpty()) {
            return target;
        }
        Set<String> listed;
        try {
            listed = ours.files(target);
        } catch (IOException | RuntimeException e) {
            listed = null;
        }
        if (listed == null) {
            throw refused(dir, "exists and is not " + what + ": name a new or empty folder");
        }
        present.removeAll(listed);
        for (String p : present) {
            throw refused(dir, "holds " + p + ", which " + what + " does not list: name a new or empty folder");
        }
        for (String name : listed) {
            Path p = target.resolve(name);
            if (Files.isSymbolicLink(p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(dir, "holds " + name + ", which is not a regular file: name a new or empty folder");
            }
        }
        return target;
    }

    private static Path realOrSelf(Path p) {
        Path q = p;
        Path rest = null;
        while (q != null) {
            try {
                Path real = q.toRealPath();
                return rest == null ? real : real.resolve(rest);
            } catch (IOException e) {
                rest = rest == null ? q.getFileName() : q.getFileName().resolve(rest);
                q = q.getParent();
            }
        }
        return p;
    }

    private static FileSystemException refused(Path dir, String reason) {
        return new FileSystemException(dir.toString(), null, reason);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
