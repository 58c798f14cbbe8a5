// Times the catalogue queries with Oxigraph (npm package oxigraph), in process, over the same
// quads newsgraph serves, the default graph being the union of the named graphs as in newsgraph.
//   node bench/oxigraph-queries.mjs DATA.nq RUNS QUERY-FILE... [--timeout SECONDS]
// Prints one line per query: name, median milliseconds, number of results, median CPU
// milliseconds of the process (the query runs alone in it; or "error: ..." or "timeout: ..."). The store lives in a worker thread: a query that runs past the timeout
// (default 120 s) is stopped with the worker, and a new worker loads the data again for the next.
// The N-Quads are loaded in slices of whole lines (a large file does not fit one string).
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

if (isMainThread) {
    const args = process.argv.slice(2);
    let timeout = 120;
    const t = args.indexOf("--timeout");
    if (t >= 0) {
        timeout = Number(args[t + 1]);
        args.splice(t, 2);
    }
    const [data, runsArg, ...files] = args;
    const runs = Number(runsArg);
    let worker = null;
    const start = () => new Promise((resolve, reject) => {
        worker = new Worker(new URL(import.meta.url), { workerData: { data } });
        worker.once("message", (m) => resolve(m));
        worker.once("error", reject);
    });
    const ask = (query) => new Promise((resolve) => {
        const timer = setTimeout(() => {
            worker.removeAllListeners("message");
            worker.terminate();
            worker = null;
            resolve(null);
        }, timeout * 1000);
        worker.once("message", (m) => {
            clearTimeout(timer);
            resolve(m);
        });
        worker.postMessage(query);
    });
    for (const file of files) {
        if (worker === null) {
            const loaded = await start();
            console.log(`load\t${loaded.ms.toFixed(1)}\t${loaded.size}`);
        }
        const query = readFileSync(file, "utf8");
        const times = [];
        const cpus = [];
        let count = "";
        let failure = null;
        for (let i = 0; i < runs && failure === null; i++) {
            const m = await ask(query);
            if (m === null) {
                failure = `timeout: over ${timeout} s`;
            } else if (m.error) {
                failure = `error: ${m.error}`;
            } else {
                times.push(m.ms);
                cpus.push(m.cpu);
                count = m.count;
            }
        }
        if (failure !== null) {
            console.log(`${basename(file, ".rq")}\t${failure}`);
            continue;
        }
        times.sort((a, b) => a - b);
        cpus.sort((a, b) => a - b);
        const mid = Math.floor(times.length / 2);
        console.log(`${basename(file, ".rq")}\t${times[mid].toFixed(1)}\t${count}\t${cpus[mid].toFixed(1)}`);
    }
    if (worker !== null) {
        await worker.terminate();
    }
} else {
    const { default: oxigraph } = await import("oxigraph");
    const store = new oxigraph.Store();
    const t0 = performance.now();
    const fd = openSync(workerData.data, "r");
    const buffer = Buffer.alloc(64 * 1024 * 1024);
    let rest = Buffer.alloc(0);
    for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) {
            break;
        }
        const chunk = Buffer.concat([rest, buffer.subarray(0, n)]);
        const end = chunk.lastIndexOf(10) + 1;
        if (end > 0) {
            store.load(chunk.subarray(0, end).toString("utf8"), { format: "application/n-quads" });
        }
        rest = chunk.subarray(end);
    }
    closeSync(fd);
    if (rest.length > 0) {
        store.load(rest.toString("utf8"), { format: "application/n-quads" });
    }
    parentPort.postMessage({ ms: performance.now() - t0, size: store.size });
    parentPort.on("message", (query) => {
        try {
            const t = performance.now();
            const c = process.cpuUsage();
            const result = store.query(query, { use_default_graph_as_union: true });
            const count = Array.isArray(result) ? result.length : String(result);
            const used = process.cpuUsage(c);
            parentPort.postMessage({ ms: performance.now() - t, count, cpu: (used.user + used.system) / 1000 });
        } catch (e) {
            parentPort.postMessage({ error: String(e.message || e).split("\n")[0] });
        }
    });
}
