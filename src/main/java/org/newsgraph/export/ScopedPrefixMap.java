package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.riot.system.PrefixLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.PrefixMapWrapper;
import org.apache.jena.shared.PrefixMapping;

/**
 * A prefix map that abbreviates IRIs exactly as the prefix map Jena's writers use does (the one
 * {@link PrefixMapFactory#createForOutput} makes, a {@code PrefixMapStd} filled by copying):
 * it tries every prefix in turn and takes the first, in the map's order, whose namespace starts
 * the IRI and leaves a safe local part. Writing one graph at a time, that search ran for every
 * IRI across all prefixes. Here the prefixes that can start an IRI with a given namespace part
 * (the IRI up to its last {@code #} or {@code /}) are found once per part, in the map's order:
 * those whose namespace starts that part or starts with it (any other cannot start the IRI);
 * only they are tried, and the result is remembered per IRI. The answer is the same for every
 * IRI.
 *
 * <p>The map is read only: its caches assume that the prefixes do not change. Safe for use from
 * several threads.
 */
final class ScopedPrefixMap extends PrefixMapWrapper {

    /** Namespace parts, and IRIs, remembered at most; past that the memory is cleared. */
    private static final int MAX_SCOPES = 200_000;
    private static final int MAX_KNOWN = 100_000;
    /** What {@link #known} holds for an IRI that has no abbreviation. */
    private static final Pair<String, String> NONE = Pair.create("", "");

    private record Entry(String prefix, String namespace) {
    }

    private final Entry[] entries;
    private final Map<String, Entry[]> scopes = new ConcurrentHashMap<>();
    /** The abbreviations found, by IRI: a graph names its predicates and classes many times. */
    private final Map<String, Pair<String, String>> known = new ConcurrentHashMap<>();

    private ScopedPrefixMap(PrefixMap prefixes, Entry[] entries) {
        super(prefixes);
        this.entries = entries;
    }

    /** {@code prefixes} (made by {@link PrefixMapFactory#createForOutput}) with the narrowed search. */
    static PrefixMap of(PrefixMap prefixes) {
        List<Entry> list = new ArrayList<>();
        // the map's own order: the order in which Jena's search tries the prefixes
        prefixes.getMapping().forEach((prefix, ns) -> list.add(new Entry(prefix, ns)));
        return new ScopedPrefixMap(prefixes, list.toArray(new Entry[0]));
    }

    @Override
    public Pair<String, String> abbrev(String uri) {
        Pair<String, String> p = known.get(uri);
        if (p == null) {
            p = find(uri);
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.put(uri, p == null ? NONE : p);
            return p;
        }
        return p == NONE ? null : p;
    }

    private Pair<String, String> find(String uri) {
        String key = possibleKey(uri);
        for (Entry e : key == null ? entries : scope(key)) {
            if (uri.startsWith(e.namespace())) {
                String local = uri.substring(e.namespace().length());
                if (PrefixLib.isSafeLocalPart(local)) {
                    return Pair.create(e.prefix(), local);
                }
            }
        }
        return null;
    }

    @Override
    public String abbreviate(String uri) {
        Pair<String, String> p = abbrev(uri);
        return p == null ? null : p.getLeft() + ":" + p.getRight();
    }

    /** The prefixes, in the map's order, whose namespace starts {@code key} or starts with it. */
    private Entry[] scope(String key) {
        Entry[] s = scopes.get(key);
        if (s == null) {
            List<Entry> in = new ArrayList<>();
            for (Entry e : entries) {
                if (key.startsWith(e.namespace()) || e.namespace().startsWith(key)) {
                    in.add(e);
                }
            }
            s = in.toArray(new Entry[0]);
            if (scopes.size() >= MAX_SCOPES) {
                scopes.clear();
            }
            scopes.put(key, s);
        }
        return s;
    }

    @Override
    public void add(String prefix, String iri) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void putAll(PrefixMap other) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void putAll(PrefixMapping other) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void putAll(Map<String, String> other) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void delete(String prefix) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("read only");
    }

    /** The IRI up to its last {@code #}, else its last {@code /} (both included). */
    private static String possibleKey(String uri) {
        int i = uri.lastIndexOf('#');
        if (i < 0) {
            i = uri.lastIndexOf('/');
        }
        return i < 0 ? null : uri.substring(0, i + 1);
    }
}
