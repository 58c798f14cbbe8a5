import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Store;

/**
 * Writes the named graphs of a newsgraph TDB2 store (what its SPARQL default graph, the union,
 * is made of; not the store's own record) as N-Quads, streamed, for bench/queries' Oxigraph side.
 *
 *   java -cp target/newsgraph.jar bench/DumpStore.java STORE OUT.nq
 */
public class DumpStore {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Store store = Store.open(Path.of(args[0]));
                OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS);
            Txn.executeRead(store.dataset(), () -> {
                w.start();
                Iterator<Quad> it = store.dataset().find();
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.isDefaultGraph()) {
                        w.quad(q);
                    }
                }
                w.finish();
            });
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
