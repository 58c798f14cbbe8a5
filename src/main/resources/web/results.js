// The query page's results: a table that fits the screen (cells wrap, the header stays in
// view), sorted by a click on a column's header, filtered by column, shown a page at a time;
// and a small N-Triples reader for CONSTRUCT and DESCRIBE results. No libraries.
"use strict";

window.NGResults = (function () {
  const PAGE_SIZES = [50, 100, 500];

  // columns: ["?s", ...]; rows: [[cell, ...], ...] where a cell is
  // { text: what filtering and sorting use, render: () => Node }.
  function table(container, columns, rows, caption) {
    const state = { sort: -1, dir: 1, filters: columns.map(() => ""), page: 0, size: 100 };
    const wrap = document.createElement("div");
    wrap.className = "table-wrap";
    const tableEl = document.createElement("table");
    tableEl.className = "results";
    if (caption) {
      const c = tableEl.createCaption();
      c.className = "visually-hidden";
      c.textContent = caption;
    }
    const head = tableEl.createTHead().insertRow();
    const body = tableEl.createTBody();
    const pager = document.createElement("div");
    pager.className = "pager";

    const thNum = document.createElement("th");
    thNum.className = "num";
    thNum.textContent = "#";
    head.append(thNum);
    columns.forEach((name, i) => {
      const th = document.createElement("th");
      th.scope = "col";
      th.setAttribute("aria-sort", "none");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      b.textContent = name;
      b.title = "Sort by " + name + " (click again to reverse)";
      b.addEventListener("click", () => {
        state.dir = state.sort === i ? -state.dir : 1;
        state.sort = i;
        state.page = 0;
        draw();
      });
      const f = document.createElement("input");
      f.type = "search";
      f.className = "filter";
      f.placeholder = "filter";
      f.setAttribute("aria-label", "Filter " + name);
      f.addEventListener("input", () => {
        state.filters[i] = f.value.toLowerCase();
        state.page = 0;
        draw();
      });
      th.append(b, f);
      head.append(th);
    });

    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
    function compare(a, b) {
      const x = a.cells[state.sort].text, y = b.cells[state.sort].text;
      const nx = Number(x), ny = Number(y);
      if (x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny)) return (nx - ny) * state.dir || a.n - b.n;
      if (x === "" && y !== "") return 1;
      if (y === "" && x !== "") return -1;
      return collator.compare(x, y) * state.dir || a.n - b.n;
    }

    const all = rows.map((cells, n) => ({ cells, n }));
    function draw() {
      let shown = all.filter((r) => state.filters.every((f, i) => !f || r.cells[i].text.toLowerCase().includes(f)));
      if (state.sort >= 0) shown = shown.slice().sort(compare);
      head.querySelectorAll("th[aria-sort]").forEach((th, i) => {
        th.setAttribute("aria-sort", i !== state.sort ? "none" : state.dir > 0 ? "ascending" : "descending");
      });
      const pages = Math.max(1, Math.ceil(shown.length / state.size));
      state.page = Math.min(state.page, pages - 1);
      const start = state.page * state.size;
      const frag = document.createDocumentFragment();
      for (const r of shown.slice(start, start + state.size)) {
        const tr = document.createElement("tr");
        const num = document.createElement("td");
        num.className = "num";
        num.textContent = String(r.n + 1);
        tr.append(num);
        for (const c of r.cells) {
          const td = document.createElement("td");
          td.append(c.render());
          tr.append(td);
        }
        frag.append(tr);
      }
      body.replaceChildren(frag);
      drawPager(shown.length, pages, start);
    }

    function drawPager(count, pages, start) {
      pager.replaceChildren();
      const info = document.createElement("span");
      info.className = "info";
      const filtered = count !== all.length ? " (" + count + " of " + all.length + " match the filters)" : "";
      info.textContent = count === 0 ? "No rows" + filtered
        : "Rows " + (start + 1) + "–" + Math.min(start + state.size, count) + " of " + count + filtered;
      const prev = button("‹ Previous", state.page > 0, () => { state.page--; draw(); });
      const next = button("Next ›", state.page < pages - 1, () => { state.page++; draw(); });
      prev.className = next.className = "page";
      const size = document.createElement("select");
      size.setAttribute("aria-label", "Rows per page");
      for (const s of PAGE_SIZES) {
        const o = document.createElement("option");
        o.value = String(s);
        o.textContent = s + " per page";
        o.selected = s === state.size;
        size.append(o);
      }
      size.addEventListener("change", () => { state.size = Number(size.value); state.page = 0; draw(); });
      pager.append(prev, info, next, size);
    }

    function button(text, enabled, onClick) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.disabled = !enabled;
      b.addEventListener("click", onClick);
      return b;
    }

    wrap.append(tableEl);
    container.replaceChildren(wrap, pager);
    draw();
  }

  // N-Triples (as Fuseki writes it) into [{s, p, o}], each term in the SPARQL JSON results form
  // ({type: "uri"|"bnode"|"literal", value, datatype?, "xml:lang"?}).
  function parseNTriples(text) {
    const out = [];
    const term = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)/y;
    for (const line of text.split("\n")) {
      const t = line.trim();
      if (!t || t.startsWith("#")) continue;
      term.lastIndex = 0;
      const terms = [];
      for (let i = 0; i < 3; i++) {
        const m = term.exec(t);
        if (!m) break;
        if (m[1] !== undefined) terms.push({ type: "uri", value: unescape(m[1]) });
        else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
        else {
          const lit = { type: "literal", value: unescape(m[3]) };
          if (m[4]) lit["xml:lang"] = m[4];
          if (m[5]) lit.datatype = m[5];
          terms.push(lit);
        }
      }
      if (terms.length === 3) out.push({ s: terms[0], p: terms[1], o: terms[2] });
    }
    return out;
  }

  function unescape(s) {
    return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (all, u4, u8, c) => {
      if (u4) return String.fromCodePoint(parseInt(u4, 16));
      if (u8) return String.fromCodePoint(parseInt(u8, 16));
      return { t: "\t", n: "\n", r: "\r", b: "\b", f: "\f", '"': '"', "'": "'", "\\": "\\" }[c] ?? c;
    });
  }

  return { table, parseNTriples };
})();
