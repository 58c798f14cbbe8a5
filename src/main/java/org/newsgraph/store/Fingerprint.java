package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import org.newsgraph.pipeline.InputDigest;
import org.newsgraph.util.Sha256;

/**
 * What the graph in a store was built from: one SHA-256 over the {@link InputDigest} of the input
 * (every file under {@code <data>/articles/}, {@code <data>/corpus/} and {@code <data>/imports/},
 * every file of the classpath folder {@code ontology/}, the base IRI and the code that builds it:
 * a digest of the running jar, or of the compiled classes when run from a class folder). Equal
 * fingerprints mean the build would give the same graph, so a store holding that fingerprint can
 * be served as it is.
 */
public record Fingerprint(String value) {

    public Fingerprint {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty fingerprint");
        }
    }

    /** The fingerprint of the input {@code dataDir} with the base IRI {@code base}. */
    public static Fingerprint of(Path dataDir, String base) {
        return of(dataDir, base, ClasspathTree.read("ontology"), codeVersion());
    }

    /** The fingerprint of input digests (as {@link InputDigest#current} gives them). */
    public static Fingerprint of(InputDigest digest) {
        return new Fingerprint(digest.total());
    }

    /**
     * This fingerprint for the graph as a text policy publishes it: the same value for the full
     * text (the graph as built), another for each policy that leaves text out, so a store loaded
     * under one policy is not served under another.
     */
    public Fingerprint withTextPolicy(String policy) {
        if (policy.equals("full")) {
            return this;
        }
        MessageDigest md = Sha256.digest();
        md.update(("fingerprint\t" + value + "\t\ntext\t" + policy + "\t\n").getBytes(StandardCharsets.UTF_8));
        return new Fingerprint(Sha256.hex(md.digest()));
    }

    /** The fingerprint with the ontology files and code version given (tests). */
    public static Fingerprint of(Path dataDir, String base, Map<String, byte[]> ontologyFiles, String version) {
        return of(InputDigest.of(dataDir, base, ontologyFiles, version, "full"));
    }

    /** The version of the running code (see {@link InputDigest#codeVersion}). */
    static String codeVersion() {
        return InputDigest.codeVersion();
    }

    /** The application version: the jar's Implementation-Version, else {@code development}. */
    public static String appVersion() {
        return InputDigest.appVersion();
    }

    @Override
    public String toString() {
        return value;
    }
}
