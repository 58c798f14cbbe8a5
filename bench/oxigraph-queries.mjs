// Times the catalogue queries with Oxigraph (npm package oxigraph), in process, over the same
// quads newsgraph serves, the default graph being the union of the named graphs as in newsgraph.
//   node bench/oxigraph-queries.mjs DATA.nq RUNS QUERY-FILE...
// Prints one line per query: name, median milliseconds, number of results (or "error: ...").
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import oxigraph from "oxigraph";

const [data, runsArg, ...files] = process.argv.slice(2);
const runs = Number(runsArg);
const store = new oxigraph.Store();
let t = performance.now();
store.load(readFileSync(data, "utf8"), { format: "application/n-quads" });
console.log(`load\t${(performance.now() - t).toFixed(1)}\t${store.size}`);
for (const file of files) {
    const query = readFileSync(file, "utf8");
    const times = [];
    let count = "";
    try {
        for (let i = 0; i < runs; i++) {
            t = performance.now();
            const result = store.query(query, { use_default_graph_as_union: true });
            count = Array.isArray(result) ? result.length : String(result);
            times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        console.log(`${basename(file, ".rq")}\t${times[Math.floor(times.length / 2)].toFixed(1)}\t${count}`);
    } catch (e) {
        console.log(`${basename(file, ".rq")}\terror: ${String(e.message || e).split("\n")[0]}`);
    }
}
