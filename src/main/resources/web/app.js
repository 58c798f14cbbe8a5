// The newsgraph query page: a SPARQL editor, a results table and the catalogue of canned
// queries. No libraries, nothing fetched from other sites: it works offline.
"use strict";

(function () {
  const ENDPOINT = "newsgraph/sparql";
  const CATALOGUE = "newsgraph-catalogue.json";
  const BIND = "newsgraph-catalogue/bind";
  const PREFIXES = "newsgraph/prefixes";
  const LIMIT_HEADER = "Newsgraph-Result-Limit";
  const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";

  const $ = (id) => document.getElementById(id);
  const editor = $("editor");
  const statusEl = $("status");
  const results = $("results");
  let selected = null; // the catalogue entry shown, with its original text
  let storePrefixes = []; // [prefix, namespace] of the dataset, to show IRIs short
  let site = null; // where the IRIs we mint are served: {base, ontology} from pages/site.json

  const siteReady = fetch("pages/site.json").then((r) => (r.ok ? r.json() : null)).then((s) => { site = s; }).catch(() => {});

  // The page of an IRI we mint on this server (/id/..., /ontology...), or null.
  function pageOf(iri) {
    if (!site) return null;
    if (iri.startsWith(site.base)) return "id/" + iri.substring(site.base.length);
    if (iri.startsWith(site.ontology)) return "ontology" + iri.substring(site.ontology.length);
    return null;
  }

  $("endpoint").textContent = new URL(ENDPOINT, document.baseURI).href;

  function loadPrefixes() {
    return fetch(PREFIXES, { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : []))
      .then((list) => { storePrefixes = list.map((p) => [p.prefix, p.uri]); })
      .catch(() => {});
  }

  // ---- Catalogue

  function loadCatalogue() {
    fetch(CATALOGUE, { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status + " " + r.statusText))))
      .then(showCatalogue)
      .catch((e) => { $("catalogue-status").textContent = "Could not load the catalogue: " + e.message; });
  }

  function showCatalogue(entries) {
    const list = $("catalogue-list");
    list.replaceChildren();
    $("catalogue-status").textContent = entries.length === 0 ? "No canned queries." : "";
    $("catalogue-status").hidden = entries.length !== 0;
    for (const entry of entries) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.title = entry.description || entry.title;
      const t = document.createElement("span");
      t.className = "title";
      t.textContent = entry.title;
      const n = document.createElement("span");
      n.className = "name";
      n.textContent = entry.name;
      b.append(t, n);
      b.addEventListener("click", () => select(entry, b));
      li.append(b);
      list.append(li);
    }
    const wanted = new URLSearchParams(location.search).get("query");
    const first = entries.find((e) => e.name === wanted);
    if (first) {
      select(first, list.querySelectorAll("button")[entries.indexOf(first)]);
    }
  }

  function select(entry, button) {
    selected = entry;
    document.querySelectorAll("#catalogue-list button").forEach((b) => b.removeAttribute("aria-current"));
    if (button) button.setAttribute("aria-current", "true");
    $("query-info").hidden = false;
    $("query-title").textContent = entry.title;
    $("query-description").textContent = entry.description || "";
    // What the query answers on the seed article (the header's "# output:"), in words.
    $("query-output").textContent = entry.output ? "Expected on the seed article: " + entry.output : "";
    $("query-output").hidden = !entry.output;
    editor.value = entry.query;
    const fields = $("param-fields");
    fields.replaceChildren();
    for (const p of entry.parameters) {
      const row = document.createElement("div");
      row.className = "param";
      const label = document.createElement("label");
      label.textContent = "?" + p.name;
      label.htmlFor = "param-" + p.name;
      label.title = p.description || "";
      const input = document.createElement("input");
      input.id = "param-" + p.name;
      input.name = p.name;
      // Pre-filled with the default, which an empty field also stands for (as in `newsgraph query`).
      input.value = p.default || "";
      input.placeholder = p.default ? "default " + p.default : (p.description || "");
      input.title = (p.description || "") + (p.default ? " (default " + p.default + ")" : "");
      input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); run(); } });
      row.append(label, input);
      fields.append(row);
    }
    $("params").hidden = entry.parameters.length === 0;
    $("params-note").hidden = true;
    history.replaceState(null, "", "?query=" + encodeURIComponent(entry.name));
    run();
  }

  editor.addEventListener("input", () => {
    $("params-note").hidden = !(selected && selected.parameters.length && editor.value !== selected.query);
  });

  // The query to send: a canned query with parameters bound by the server (the same
  // binding as `newsgraph query --param`: an empty field takes the default), else the
  // editor's text.
  function queryToRun() {
    if (!selected || editor.value !== selected.query || selected.parameters.length === 0) {
      return Promise.resolve(editor.value);
    }
    const form = new URLSearchParams();
    form.set("name", selected.name);
    document.querySelectorAll("#param-fields input").forEach((i) => {
      if (i.value.trim() !== "") form.set(i.name, i.value.trim());
    });
    return fetch(BIND, { method: "POST", body: form }).then((r) =>
      r.text().then((t) => (r.ok ? t : Promise.reject(new Error(t.trim())))));
  }

  // ---- Running

  function post(query, accept) {
    const body = new URLSearchParams();
    body.set("query", query);
    return fetch(ENDPOINT, { method: "POST", body, headers: { Accept: accept } });
  }

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? "error" : "";
  }

  function busy(b) {
    $("run").disabled = b;
    $("download").disabled = b;
  }

  function run() {
    busy(true);
    setStatus("Running…");
    const started = performance.now();
    queryToRun()
      .then((q) => post(q, ACCEPT))
      .then((r) => {
        const limit = r.headers.get(LIMIT_HEADER);
        const type = (r.headers.get("Content-Type") || "").split(";")[0].trim();
        return r.text().then((text) => ({ r, text, type, limit }));
      })
      .then(({ r, text, type, limit }) => {
        const ms = Math.round(performance.now() - started);
        if (!r.ok) {
          showError(r.status + " " + (r.statusText || ""), text);
          return;
        }
        if (type === "application/sparql-results+json") {
          const json = JSON.parse(text);
          if ("boolean" in json) {
            showBoolean(json.boolean);
            setStatus("Answered in " + ms + " ms");
          } else {
            const n = showTable(json);
            let s = n + (n === 1 ? " row" : " rows") + " in " + ms + " ms";
            if (limit && n >= Number(limit)) s += " — stopped at the server's limit of " + limit + " rows";
            setStatus(s);
          }
        } else {
          showText(text);
          setStatus("Graph (" + type + ") in " + ms + " ms");
        }
      })
      .catch((e) => showError("Error", e.message))
      .finally(() => busy(false));
  }

  function download() {
    busy(true);
    queryToRun()
      .then((q) => post(q, "text/csv"))
      .then((r) => r.blob().then((b) => ({ r, b })))
      .then(({ r, b }) => {
        if (!r.ok) return b.text().then((t) => showError(r.status + " " + r.statusText, t));
        const a = document.createElement("a");
        a.href = URL.createObjectURL(b);
        a.download = (selected ? selected.name : "results") + ".csv";
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      })
      .catch((e) => showError("Error", e.message))
      .finally(() => busy(false));
  }

  // ---- Showing results

  function prefixesOf(query) {
    const map = [];
    const re = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gim;
    let m;
    while ((m = re.exec(query)) !== null) map.push([m[1] || "", m[2]]);
    return map;
  }

  function compact(iri, prefixes) {
    for (const [p, ns] of prefixes) {
      if (iri.startsWith(ns) && /^[\w.-]*$/.test(iri.slice(ns.length))) return p + ":" + iri.slice(ns.length);
    }
    return "<" + iri + ">";
  }

  function showTable(json) {
    const prefixes = prefixesOf(editor.value).concat(storePrefixes)
      .sort((a, b) => b[1].length - a[1].length);
    const vars = json.head.vars || [];
    const rows = json.results.bindings;
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    const th0 = document.createElement("th");
    th0.textContent = "#";
    head.append(th0);
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = "?" + v;
      head.append(th);
    }
    const body = table.createTBody();
    rows.forEach((row, i) => {
      const tr = body.insertRow();
      const num = tr.insertCell();
      num.className = "num";
      num.textContent = String(i + 1);
      for (const v of vars) tr.insertCell().append(term(row[v], prefixes));
    });
    results.replaceChildren(table);
    return rows.length;
  }

  function term(t, prefixes) {
    const frag = document.createDocumentFragment();
    if (!t) return frag;
    if (t.type === "uri") {
      const a = document.createElement("a");
      a.className = "iri";
      a.href = "#";
      a.title = t.value + " — click to list what the graph says about it";
      a.textContent = compact(t.value, prefixes);
      a.addEventListener("click", (ev) => { ev.preventDefault(); explore(t.value); });
      frag.append(a);
      const page = pageOf(t.value);
      if (page) {
        const p = document.createElement("a");
        p.className = "iri-page";
        p.href = page;
        p.title = "the page of " + t.value;
        p.textContent = " ↗";
        frag.append(p);
      }
    } else if (t.type === "bnode") {
      const s = document.createElement("span");
      s.className = "bnode";
      s.textContent = "_:" + t.value;
      frag.append(s);
    } else {
      frag.append(document.createTextNode(t.value));
      if (t["xml:lang"]) {
        const s = document.createElement("span");
        s.className = "lang";
        s.textContent = "@" + t["xml:lang"];
        frag.append(s);
      } else if (t.datatype && t.datatype !== "http://www.w3.org/2001/XMLSchema#string") {
        const s = document.createElement("span");
        s.className = "dt";
        s.textContent = "^^" + compact(t.datatype, prefixes);
        frag.append(s);
      }
    }
    return frag;
  }

  // What the graph says about a resource, graph by graph.
  function explore(iri) {
    if (/[<>"{}|\\^`\s]/.test(iri)) return;
    selected = null;
    $("query-info").hidden = true;
    $("params").hidden = true;
    document.querySelectorAll("#catalogue-list button").forEach((b) => b.removeAttribute("aria-current"));
    editor.value =
      "SELECT ?graph ?property ?value\nWHERE {\n  GRAPH ?graph { <" + iri + "> ?property ?value }\n}\nORDER BY ?graph ?property\n";
    run();
  }

  function showBoolean(b) {
    const p = document.createElement("p");
    p.className = "boolean";
    p.textContent = b ? "true" : "false";
    results.replaceChildren(p);
  }

  function showText(text) {
    const pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    results.replaceChildren(pre);
  }

  function showError(title, text) {
    setStatus(title, true);
    const pre = document.createElement("pre");
    pre.className = "error";
    pre.textContent = text;
    results.replaceChildren(pre);
  }

  // ---- Editor keys

  editor.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      run();
    } else if (ev.key === "Tab" && !ev.shiftKey) {
      ev.preventDefault();
      const s = editor.selectionStart;
      editor.setRangeText("  ", s, editor.selectionEnd, "end");
      editor.dispatchEvent(new Event("input"));
    }
  });

  $("run").addEventListener("click", run);
  $("download").addEventListener("click", download);
  $("params").addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  Promise.all([loadPrefixes(), siteReady]).finally(loadCatalogue);
})();
