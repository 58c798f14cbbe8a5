package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.riot.system.PrefixLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapWrapper;

/**
 * A prefix map that abbreviates IRIs exactly as Jena's standard prefix map
 * ({@code PrefixMapStd}) does, with its fallback search narrowed. Jena first looks the IRI's
 * namespace up by its last {@code #} or {@code /}; when that is not a prefix, it tries every
 * prefix in turn and takes the first (in the map's order) that starts the IRI and leaves a safe
 * local part. Writing one graph at a time, that search ran for almost every IRI, across all
 * prefixes. Here the prefixes that can start an IRI with a given namespace part (those that start
 * that part, or that it starts) are found once per namespace part, in the map's order, and only
 * they are tried; the result is the same for every IRI.
 *
 * <p>Used only when every namespace has a single prefix (as in the dataset prefixes that
 * {@link Exporter#prefixes} gives); the map must not change after it is wrapped. Safe for use
 * from several threads.
 */
final class ScopedPrefixMap extends PrefixMapWrapper {

    /** Namespace parts remembered at most; past that the memory is cleared. */
    private static final int MAX_SCOPES = 200_000;

    private record Entry(String prefix, String namespace) {
    }

    private final Entry[] entries;
    private final Map<String, String> prefixOfNamespace = new ConcurrentHashMap<>();
    private final Map<String, Entry[]> scopes = new ConcurrentHashMap<>();

    private ScopedPrefixMap(PrefixMap prefixes, Entry[] entries) {
        super(prefixes);
        this.entries = entries;
        for (Entry e : entries) {
            prefixOfNamespace.put(e.namespace(), e.prefix());
        }
    }

    /**
     * {@code prefixes} with the narrowed search, or {@code prefixes} itself when two prefixes
     * share a namespace (where Jena's lookup depends on the order they were added in).
     */
    static PrefixMap of(PrefixMap prefixes) {
        List<Entry> list = new ArrayList<>();
        Set<String> namespaces = new HashSet<>();
        prefixes.getMapping().forEach((prefix, ns) -> list.add(new Entry(prefix, ns)));
        for (Entry e : list) {
            if (!namespaces.add(e.namespace())) {
                return prefixes;
            }
        }
        return new ScopedPrefixMap(prefixes, list.toArray(new Entry[0]));
    }

    @Override
    public Pair<String, String> abbrev(String uri) {
        String key = possibleKey(uri);
        if (key != null) {
            String prefix = prefixOfNamespace.get(key);
            if (prefix != null) {
                String local = uri.substring(key.length());
                if (PrefixLib.isSafeLocalPart(local)) {
                    return Pair.create(prefix, local);
                }
            }
        }
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

    /** The IRI up to its last {@code #}, else its last {@code /} (both included), as Jena splits it. */
    private static String possibleKey(String uri) {
        int i = uri.lastIndexOf('#');
        if (i < 0) {
            i = uri.lastIndexOf('/');
        }
        return i < 0 ? null : uri.substring(0, i + 1);
    }
}
