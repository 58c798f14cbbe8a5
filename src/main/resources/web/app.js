// The newsgraph query page: the catalogue of canned queries, a SPARQL editor (CodeMirror 5
// with its SPARQL mode and prefix completion), results as a table (IRIs by label or prefixed
// name, the full IRI on hover), CONSTRUCT results as triples with a raw view, downloads, a
// permalink for every query (Back and Forward work) and a history kept in this browser.
// Everything is served by this server: it works offline.
"use strict";

(function () {
  const ENDPOINT = "newsgraph/sparql";
  const CATALOGUE = "newsgraph-catalogue.json";
  const BIND = "newsgraph-catalogue/bind";
  const PREFIXES = "newsgraph/prefixes";
  const VOID = ".well-known/void";
  const LIMIT_HEADER = "Newsgraph-Result-Limit";
  const ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, */*;q=0.1";
  const HISTORY_KEY = "newsgraph.history";
  const HISTORY_MAX = 50;
  const LABELS_MAX = 500;
  const WELL_KNOWN = {
    rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs: "http://www.w3.org/2000/01/rdf-schema#",
    xsd: "http://www.w3.org/2001/XMLSchema#", owl: "http://www.w3.org/2002/07/owl#",
    skos: "http://www.w3.org/2004/02/skos/core#", schema: "https://schema.org/", prov: "http://www.w3.org/ns/prov#",
    dcterms: "http://purl.org/dc/terms/", void: "http://rdfs.org/ns/void#", wd: "http://www.wikidata.org/entity/",
  };
  const DOWNLOADS = {
    table: [["CSV", "text/csv", "csv"], ["TSV", "text/tab-separated-values", "tsv"], ["JSON", "application/sparql-results+json", "json"]],
    graph: [["Turtle", "text/turtle", "ttl"], ["N-Triples", "application/n-triples", "nt"], ["JSON-LD", "application/ld+json", "jsonld"]],
  };

  const $ = (id) => document.getElementById(id);
  const statusEl = $("status");
  const results = $("results");
  let catalogue = [];
  let selected = null; // the catalogue entry shown, with its original text
  let storePrefixes = []; // [prefix, namespace] of the dataset
  let resultKind = "table";
  let lastRun = null; // { query, kind, text }
  let running = null; // AbortController of the query running
  let shown = null; // the answer shown: { query, type, text, outcome }
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

  // ---- Editor

  const cm = CodeMirror.fromTextArea($("editor"), {
    mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, lineWrapping: true,
    indentUnit: 2, viewportMargin: Infinity,
    extraKeys: {
      "Ctrl-Enter": () => runFromPage(), "Cmd-Enter": () => runFromPage(), "Ctrl-Space": "autocomplete",
      Tab: (c) => c.replaceSelection("  "),
    },
    hintOptions: { hint: prefixHint, completeSingle: false },
  });
  cm.getWrapperElement().setAttribute("aria-label", "SPARQL query");

  function knownPrefixes() {
    const map = new Map(Object.entries(WELL_KNOWN));
    for (const [p, ns] of storePrefixes) map.set(p, ns);
    return map;
  }

  function declared(text) {
    return new Set(prefixesOf(text).map(([p]) => p));
  }

  // Adds "PREFIX p: <ns>" after the query's last PREFIX line (or at the top) when it is missing.
  function declare(prefix) {
    const ns = knownPrefixes().get(prefix);
    if (!ns || declared(cm.getValue()).has(prefix)) return;
    let line = 0;
    for (let i = 0; i < cm.lineCount(); i++) {
      if (/^\s*PREFIX\s/i.test(cm.getLine(i))) line = i + 1;
    }
    cm.replaceRange("PREFIX " + prefix + ": <" + ns + ">\n", { line, ch: 0 });
  }

  // Ctrl-Space: the known prefixes that start with the word at the cursor; picking one declares it.
  function prefixHint(c) {
    const cur = c.getCursor();
    const before = c.getLine(cur.line).slice(0, cur.ch);
    const m = /([A-Za-z][\w-]*)?:?$/.exec(before);
    const word = (m && m[1]) || "";
    const from = { line: cur.line, ch: cur.ch - m[0].length };
    const list = [...knownPrefixes()].filter(([p]) => p.startsWith(word)).sort().map(([p, ns]) => ({
      text: p + ":", displayText: p + ":  " + ns,
      hint: (cmi, data, completion) => { cmi.replaceRange(completion.text, from, cur); declare(p); },
    }));
    return { list, from, to: cur };
  }

  // Typing "p:" for a known prefix the query does not declare declares it.
  cm.on("inputRead", (c, change) => {
    if (change.text.join("") !== ":") return;
    const line = c.getLine(change.from.line).slice(0, change.from.ch);
    const m = /(?:^|[\s(){}\/^|,;.!])([A-Za-z][\w-]*)$/.exec(line);
    if (m && !/^\s*PREFIX\s+\S*$/i.test(line)) declare(m[1]);
  });

  cm.on("change", () => {
    $("params-note").hidden = !(selected && selected.parameters.length && cm.getValue() !== selected.query);
  });

  // ---- Catalogue and history panels

  // The dataset's prefixes, and id: for the base of its data IRIs (void:uriSpace of its description).
  function loadPrefixes() {
    const stored = fetch(PREFIXES, { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : []))
      .then((list) => { storePrefixes = storePrefixes.concat(list.map((p) => [p.prefix, p.uri])); })
      .catch(() => {});
    const base = fetch(VOID, { headers: { Accept: "application/n-triples" } })
      .then((r) => (r.ok ? r.text() : ""))
      .then((nt) => {
        const m = /<[^>]*\/dataset> <http:\/\/rdfs\.org\/ns\/void#uriSpace> "([^"]+)"/.exec(nt);
        if (m) storePrefixes.push(["id", m[1]]);
      })
      .catch(() => {});
    return Promise.all([stored, base]);
  }

  function loadCatalogue() {
    return fetch(CATALOGUE, { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status + " " + r.statusText))))
      .then(showCatalogue)
      .catch((e) => { $("catalogue-status").textContent = "Could not load the catalogue: " + e.message; });
  }

  function showCatalogue(entries) {
    catalogue = entries;
    // The catalogue's prefixes are offered for completion and used to shorten IRIs.
    const seen = new Set(storePrefixes.map(([p]) => p));
    for (const e of entries) {
      for (const [p, ns] of prefixesOf(e.query)) {
        if (p && !seen.has(p)) { seen.add(p); storePrefixes.push([p, ns]); }
      }
    }
    const list = $("catalogue-list");
    list.replaceChildren();
    $("catalogue-status").textContent = entries.length === 0 ? "No canned queries." : "";
    $("catalogue-status").hidden = entries.length !== 0;
    for (const entry of entries) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.title = entry.description || entry.title;
      b.dataset.name = entry.name;
      const t = document.createElement("span");
      t.className = "title";
      t.textContent = entry.title;
      const n = document.createElement("span");
      n.className = "name";
      n.textContent = entry.name;
      b.append(t, n);
      b.addEventListener("click", () => go({ name: entry.name, params: {} }, true));
      li.append(b);
      list.append(li);
    }
  }

  function showPanel(which) {
    for (const p of ["catalogue", "history"]) {
      $("tab-" + p).setAttribute("aria-selected", String(p === which));
      $("panel-" + p).hidden = p !== which;
    }
    if (which === "history") showHistory();
  }
  $("tab-catalogue").addEventListener("click", () => showPanel("catalogue"));
  $("tab-history").addEventListener("click", () => showPanel("history"));

  function readHistory() {
    try {
      const h = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
      return Array.isArray(h) ? h : [];
    } catch (e) {
      return [];
    }
  }

  function remember(state, outcome) {
    const search = toSearch(state);
    const title = state.name ? (catalogue.find((e) => e.name === state.name) || {}).title || state.name
      : firstLine(state.sparql);
    const h = readHistory().filter((e) => e.search !== search);
    h.unshift({ search, title, when: new Date().toISOString(), outcome });
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(h.slice(0, HISTORY_MAX)));
    } catch (e) {
      // storage full or disabled: the history is a convenience
    }
    if (!$("panel-history").hidden) showHistory();
  }

  function firstLine(q) {
    const lines = q.split("\n").map((l) => l.trim()).filter((l) => l && !/^(PREFIX|BASE|#)/i.test(l));
    return (lines[0] || q.trim()).slice(0, 80);
  }

  function showHistory() {
    const list = $("history-list");
    list.replaceChildren();
    const h = readHistory();
    $("history-status").hidden = h.length !== 0;
    for (const e of h) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      const t = document.createElement("span");
      t.className = "title";
      t.textContent = e.title;
      const n = document.createElement("span");
      n.className = "name";
      n.textContent = new Date(e.when).toLocaleString() + (e.outcome ? " · " + e.outcome : "");
      b.append(t, n);
      b.addEventListener("click", () => go(fromSearch(e.search), true));
      li.append(b);
      list.append(li);
    }
  }
  $("history-clear").addEventListener("click", () => { localStorage.removeItem(HISTORY_KEY); showHistory(); });

  // ---- Permalinks: ?query=NAME&p.PARAM=VALUE for a canned query, ?sparql=TEXT for any other

  function toSearch(state) {
    const u = new URLSearchParams();
    if (state.name) {
      u.set("query", state.name);
      for (const [k, v] of Object.entries(state.params || {})) u.set("p." + k, v);
    } else {
      u.set("sparql", state.sparql);
    }
    return "?" + u.toString();
  }

  function fromSearch(search) {
    const u = new URLSearchParams(search);
    if (u.has("query")) {
      const params = {};
      for (const [k, v] of u) if (k.startsWith("p.")) params[k.slice(2)] = v;
      return { name: u.get("query"), params };
    }
    if (u.has("sparql")) return { sparql: u.get("sparql") };
    return null;
  }

  // The state the page shows now: the canned query with its parameters when its text is unedited.
  function currentState() {
    if (selected && cm.getValue() === selected.query) {
      const params = {};
      document.querySelectorAll("#param-fields input").forEach((i) => {
        const v = i.value.trim();
        const p = selected.parameters.find((x) => x.name === i.name);
        if (v !== "" && (!p || v !== (p.default || ""))) params[i.name] = v;
      });
      return { name: selected.name, params };
    }
    return { sparql: cm.getValue() };
  }

  // Shows a state (canned query or text) and runs it; push: a new history entry.
  function go(state, push) {
    if (!state) return;
    if (state.name) {
      const entry = catalogue.find((e) => e.name === state.name);
      if (!entry) {
        showError("Unknown query", "No canned query named " + state.name);
        return;
      }
      select(entry, state.params || {});
    } else {
      deselect();
      cm.setValue(state.sparql);
    }
    if (push && location.search !== toSearch(state)) history.pushState(state, "", toSearch(state));
    execute(state);
  }

  function runFromPage() {
    const state = currentState();
    if (location.search !== toSearch(state)) history.pushState(state, "", toSearch(state));
    execute(state);
  }

  window.addEventListener("popstate", () => {
    const state = fromSearch(location.search);
    if (state) go(state, false);
  });

  function select(entry, params) {
    selected = entry;
    document.querySelectorAll("#catalogue-list button").forEach((b) => {
      if (b.dataset.name === entry.name) b.setAttribute("aria-current", "true");
      else b.removeAttribute("aria-current");
    });
    $("query-info").hidden = false;
    $("query-title").textContent = entry.title;
    $("query-description").textContent = entry.description || "";
    $("query-output").textContent = entry.output ? "Expected on the seed article: " + entry.output : "";
    $("query-output").hidden = !entry.output;
    cm.setValue(entry.query);
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
      input.value = params[p.name] !== undefined ? params[p.name] : p.default || "";
      input.placeholder = p.default ? "default " + p.default : p.description || "";
      input.title = (p.description || "") + (p.default ? " (default " + p.default + ")" : "");
      input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); runFromPage(); } });
      row.append(label, input);
      fields.append(row);
    }
    $("params").hidden = entry.parameters.length === 0;
    $("params-note").hidden = true;
  }

  function deselect() {
    selected = null;
    $("query-info").hidden = true;
    $("params").hidden = true;
    document.querySelectorAll("#catalogue-list button").forEach((b) => b.removeAttribute("aria-current"));
  }

  // ---- Running

  // The query text of a state: a canned query's parameters are bound by the server (as
  // `newsgraph query --param` binds them; an empty field takes the default).
  function queryOf(state) {
    if (!state.name) return Promise.resolve(state.sparql);
    const entry = catalogue.find((e) => e.name === state.name);
    if (!entry.parameters.length) return Promise.resolve(entry.query);
    const form = new URLSearchParams();
    form.set("name", state.name);
    for (const [k, v] of Object.entries(state.params || {})) form.set(k, v);
    return fetch(BIND, { method: "POST", body: form }).then((r) =>
      r.text().then((t) => (r.ok ? t : Promise.reject(new Error(t.trim())))));
  }

  function post(query, accept, signal) {
    const body = new URLSearchParams();
    body.set("query", query);
    return fetch(ENDPOINT, { method: "POST", body, headers: { Accept: accept }, signal });
  }

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? "error" : "";
  }

  function execute(state) {
    if (running) running.abort();
    const controller = new AbortController();
    running = controller;
    $("run").disabled = true;
    setStatus("Running…");
    const started = performance.now();
    let query;
    queryOf(state)
      .then((q) => { query = q; return post(q, ACCEPT, controller.signal); })
      .then((r) => r.text().then((text) => ({ r, text, type: (r.headers.get("Content-Type") || "").split(";")[0].trim() })))
      .then(({ r, text, type }) => {
        const ms = Math.round(performance.now() - started);
        if (!r.ok) {
          showError(r.status + " " + (r.statusText || ""), text);
          remember(state, "error " + r.status);
          return;
        }
        const limit = r.headers.get(LIMIT_HEADER);
        if (shown && shown.query === query && shown.type === type && shown.text === text) {
          // The same answer as the one shown: keep the table as it is (its sorting and filters too).
          setStatus(shown.outcome + " in " + ms + " ms");
          remember(state, shown.outcome);
          return;
        }
        let outcome;
        if (type === "application/sparql-results+json") {
          const json = JSON.parse(text);
          if ("boolean" in json) {
            showBoolean(json.boolean);
            outcome = String(json.boolean);
          } else {
            const n = json.results.bindings.length;
            showSelect(json);
            outcome = n + (n === 1 ? " row" : " rows");
            if (limit && n >= Number(limit)) outcome += " — stopped at the server's limit of " + limit + " rows";
          }
          setKind("table", query);
        } else if (type === "application/n-triples") {
          const triples = NGResults.parseNTriples(text);
          showTriples(triples, text);
          outcome = triples.length + (triples.length === 1 ? " triple" : " triples");
          setKind("graph", query);
        } else {
          showRaw(text);
          outcome = type;
          setKind("graph", query);
        }
        setStatus(outcome + " in " + ms + " ms");
        remember(state, outcome);
        shown = { query, type, text, outcome };
      })
      .catch((e) => { if (e.name !== "AbortError") showError("Error", e.message); })
      .finally(() => {
        if (running === controller) {
          running = null;
          $("run").disabled = false;
        }
      });
  }

  function setKind(kind, query) {
    resultKind = kind;
    lastRun = { query, kind };
    const box = $("downloads");
    box.replaceChildren();
    for (const [label, type, ext] of DOWNLOADS[kind]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.title = "Download the results as " + label;
      b.addEventListener("click", () => download(type, ext));
      box.append(b);
    }
    box.hidden = false;
  }

  function download(type, ext) {
    if (!lastRun) return;
    post(lastRun.query, type)
      .then((r) => r.blob().then((b) => ({ r, b })))
      .then(({ r, b }) => {
        if (!r.ok) return b.text().then((t) => showError(r.status + " " + r.statusText, t));
        const a = document.createElement("a");
        a.href = URL.createObjectURL(b);
        a.download = (selected ? selected.name : "results") + "." + ext;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      })
      .catch((e) => showError("Error", e.message));
  }

  // ---- Showing results

  function prefixesOf(query) {
    const map = [];
    const re = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gim;
    let m;
    while ((m = re.exec(query)) !== null) map.push([m[1] || "", m[2]]);
    return map;
  }

  function prefixList() {
    return prefixesOf(cm.getValue()).concat(storePrefixes).concat(Object.entries(WELL_KNOWN))
      .sort((a, b) => b[1].length - a[1].length);
  }

  function compact(iri, prefixes) {
    for (const [p, ns] of prefixes) {
      if (iri.startsWith(ns) && /^[\w.\/-]*$/.test(iri.slice(ns.length)) && !iri.slice(ns.length).endsWith(".")) {
        return p + ":" + iri.slice(ns.length);
      }
    }
    return "<" + iri + ">";
  }

  let labels = new Map(); // IRI -> label, for the results shown
  let redraw = null; // draws the current results again (after labels arrive or the view changes)

  function labelMode() {
    return $("iri-view").value;
  }
  $("iri-view").addEventListener("change", relabel);

  function cell(t, prefixes) {
    if (!t) return { text: "", render: () => document.createTextNode("") };
    if (t.type === "uri") {
      const short = compact(t.value, prefixes);
      const labelOf = () => (labelMode() === "labels" ? labels.get(t.value) : undefined);
      return {
        // Read when filtering or sorting, so labels that arrive later count.
        get text() {
          const label = labelOf();
          return (label ? label + " " : "") + short + " " + t.value;
        },
        render: () => {
          const a = document.createElement("a");
          a.dataset.iri = t.value;
          a.dataset.short = short;
          showLabel(a, labelOf());
          a.href = toSearch({ sparql: describeQuery(t.value) });
          a.title = t.value + "\nclick: what the graph says about it";
          a.addEventListener("click", (ev) => {
            if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
            ev.preventDefault();
            go({ sparql: describeQuery(t.value) }, true);
          });
          const page = pageOf(t.value);
          if (!page) return a;
          const f = document.createDocumentFragment();
          const p = document.createElement("a");
          p.className = "iri-page";
          p.href = page;
          p.title = "the page of " + t.value;
          p.textContent = " ↗";
          f.append(a, p);
          return f;
        },
      };
    }
    if (t.type === "bnode") {
      return { text: "_:" + t.value, render: () => span("bnode", "_:" + t.value) };
    }
    const suffix = t["xml:lang"] ? "@" + t["xml:lang"]
      : t.datatype && t.datatype !== "http://www.w3.org/2001/XMLSchema#string" ? "^^" + compact(t.datatype, prefixes) : "";
    return {
      text: t.value,
      render: () => {
        const f = document.createDocumentFragment();
        f.append(document.createTextNode(t.value));
        if (suffix) f.append(span(t["xml:lang"] ? "lang" : "dt", suffix));
        return f;
      },
    };
  }

  function showLabel(a, label) {
    a.className = label ? "iri labelled" : "iri";
    a.textContent = label || a.dataset.short;
  }

  // Labels shown in place, without drawing the table again.
  function relabel() {
    results.querySelectorAll("a.iri[data-iri]").forEach((a) => {
      showLabel(a, labelMode() === "labels" ? labels.get(a.dataset.iri) : undefined);
    });
  }

  function span(cls, text) {
    const s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function describeQuery(iri) {
    return "SELECT ?graph ?property ?value\nWHERE {\n  GRAPH ?graph { <" + iri + "> ?property ?value }\n}\nORDER BY ?graph ?property\n";
  }

  function showSelect(json) {
    const vars = json.head.vars || [];
    const rows = json.results.bindings;
    redraw = () => {
      const prefixes = prefixList();
      NGResults.table(results, vars.map((v) => "?" + v), rows.map((row) => vars.map((v) => cell(row[v], prefixes))),
        "Query results");
    };
    redraw();
    fetchLabels(rows.flatMap((row) => Object.values(row)));
  }

  function showTriples(triples, raw) {
    const view = $("graph-view");
    view.hidden = false;
    $("view-table").setAttribute("aria-pressed", "true");
    $("view-raw").setAttribute("aria-pressed", "false");
    redraw = () => {
      if ($("view-raw").getAttribute("aria-pressed") === "true") {
        showRaw(raw, true);
        return;
      }
      const prefixes = prefixList();
      NGResults.table(results, ["subject", "predicate", "object"],
        triples.map((t) => [cell(t.s, prefixes), cell(t.p, prefixes), cell(t.o, prefixes)]), "Triples");
    };
    redraw();
    fetchLabels(triples.flatMap((t) => [t.s, t.p, t.o]));
  }

  $("view-table").addEventListener("click", () => {
    $("view-table").setAttribute("aria-pressed", "true");
    $("view-raw").setAttribute("aria-pressed", "false");
    if (redraw) redraw();
  });
  $("view-raw").addEventListener("click", () => {
    $("view-table").setAttribute("aria-pressed", "false");
    $("view-raw").setAttribute("aria-pressed", "true");
    if (!lastRun) return;
    // The raw view is the graph as Turtle, asked again with that media type.
    post(lastRun.query, "text/turtle").then((r) => r.text()).then((t) => showRaw(t, true))
      .catch((e) => showError("Error", e.message));
  });

  // The labels (schema:name, skos:prefLabel or rdfs:label) of the IRIs shown, in one query.
  function fetchLabels(terms) {
    labels = new Map();
    const iris = [...new Set(terms.filter((t) => t && t.type === "uri").map((t) => t.value))]
      .filter((i) => !/[<>"{}|\\^`\s]/.test(i)).slice(0, LABELS_MAX);
    if (!iris.length) return;
    const q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <https://schema.org/>\n"
      + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
      + "SELECT ?s (SAMPLE(?l) AS ?label) WHERE {\n  VALUES ?s { " + iris.map((i) => "<" + i + ">").join(" ") + " }\n"
      + "  OPTIONAL { ?s schema:name ?n } OPTIONAL { ?s skos:prefLabel ?p } OPTIONAL { ?s rdfs:label ?r }\n"
      + "  BIND(COALESCE(?n, ?p, ?r) AS ?l) FILTER(BOUND(?l))\n} GROUP BY ?s";
    post(q, "application/sparql-results+json")
      .then((r) => (r.ok ? r.json() : null))
      .then((json) => {
        if (!json) return;
        for (const b of json.results.bindings) if (b.label) labels.set(b.s.value, b.label.value);
        if (labels.size) relabel();
      })
      .catch(() => {});
  }

  function showBoolean(b) {
    $("graph-view").hidden = true;
    redraw = null;
    const p = document.createElement("p");
    p.className = "boolean";
    p.textContent = b ? "true" : "false";
    results.replaceChildren(p);
  }

  function showRaw(text, keepView) {
    if (!keepView) {
      $("graph-view").hidden = true;
      redraw = null;
    }
    const pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    results.replaceChildren(pre);
  }

  function showError(title, text) {
    shown = null;
    setStatus(title, true);
    $("graph-view").hidden = true;
    redraw = null;
    const pre = document.createElement("pre");
    pre.className = "error";
    pre.textContent = text;
    results.replaceChildren(pre);
  }

  // ---- Start

  const _selectKind = () => resultKind; // the kind of the results shown (for tests and downloads)
  window.NGQueryPage = { kind: _selectKind };

  $("run").addEventListener("click", runFromPage);
  $("permalink").addEventListener("click", () => {
    const state = currentState();
    if (location.search !== toSearch(state)) history.pushState(state, "", toSearch(state));
    const url = location.href;
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(() => setStatus("Link copied: " + url), () => setStatus(url));
    else setStatus(url);
  });
  $("params").addEventListener("submit", (ev) => { ev.preventDefault(); runFromPage(); });
  Promise.all([loadPrefixes(), siteReady]).finally(() => loadCatalogue().then(() => {
    const state = fromSearch(location.search);
    if (state) go(state, false);
  }));
})();
