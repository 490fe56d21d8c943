/*
 * app.js - rasd's review page: incidents on a map of Syria and on a
 * timeline, and an incident page that answers "what is the truth?" by
 * setting every source's claim side by side, attribute by attribute,
 * marking disputes, and showing each report's text with its evidence
 * highlighted.
 *
 * Offline: the map is world-atlas country shapes drawn by Leaflet, no tile
 * server.  Spans from the API are UTF-8 byte offsets into a report's text;
 * they are converted to JavaScript string indexes (UTF-16) with
 * TextEncoder before highlighting.  Everything from the API is escaped
 * before it reaches innerHTML.
 */
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/* Text that may be Arabic inside an English line. */
const bdi = s => `<bdi>${esc(s)}</bdi>`;

const QUAL = { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ',
  up_to: 'up to ', range: '', vague: '' };

function figure(c) {
  if (c.qualifier === 'vague') return `dozens (${c.value})`;
  const v = c.qualifier === 'range' && c.value_hi != null && c.value_hi !== c.value
    ? `${c.value}–${c.value_hi}` : `${c.value}`;
  return `${QUAL[c.qualifier] || ''}${v}`;
}

const KIND = { killed: 'Killed', wounded: 'Wounded', killed_or_wounded: 'Killed or wounded',
  arrested: 'Arrested', kidnapped: 'Kidnapped', missing: 'Missing' };

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

/* ---- map and timeline ---------------------------------------------- */

let map, markers;

async function initMap() {
  map = L.map('map', { zoomControl: true, attributionControl: true, minZoom: 4, maxZoom: 11 })
    .setView([35, 38.5], 6);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution('Borders: Natural Earth via world-atlas');
  try {
    const topo = await (await fetch('vendor/countries-50m.json')).json();
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, {
      style: f => ({
        color: '#8a94a6', weight: 1, fillOpacity: 1,
        fillColor: f.properties && f.properties.name === 'Syria' ? '#ffffff' : '#e8ebef',
      }),
      interactive: false,
    }).addTo(map);
  } catch (e) {
    console.warn('no country shapes', e);
  }
  markers = L.layerGroup().addTo(map);
}

const DAY = 86400000;
const dayOf = s => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const iso = t => new Date(t).toISOString().slice(0, 10);

/*
 * Histogram of incidents by date: bins of a day, a week or a month,
 * whichever gives at most ~60 bars.  Clicking a bar filters to its days.
 */
function drawTimeline(incs) {
  const box = $('#timeline');
  const dated = incs.filter(i => i.date && /^\d{4}-\d\d-\d\d/.test(i.date));
  if (!dated.length) {
    box.innerHTML = '<p class="meta pad">No dated incidents.</p>';
    return;
  }
  const days = dated.map(i => dayOf(i.date));
  const lo = Math.min(...days), hi = Math.max(...days);
  const span = (hi - lo) / DAY + 1;
  const unit = span <= 60 ? 'day' : span <= 420 ? 'week' : 'month';
  const binOf = t => {
    if (unit === 'day') return t;
    if (unit === 'week') return lo + Math.floor((t - lo) / (7 * DAY)) * 7 * DAY;
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  };
  const lastOf = b => {
    if (unit === 'day') return b;
    if (unit === 'week') return b + 6 * DAY;
    const d = new Date(b);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  };
  const bins = [];
  for (let b = binOf(lo); b <= hi; b = unit === 'month'
    ? Date.UTC(new Date(b).getUTCFullYear(), new Date(b).getUTCMonth() + 1, 1)
    : b + (unit === 'week' ? 7 : 1) * DAY) bins.push(b);
  const count = new Map(bins.map(b => [b, 0]));
  for (const t of days) count.set(binOf(t), (count.get(binOf(t)) || 0) + 1);
  const max = Math.max(...count.values());
  const w = 1000, h = 90, bw = w / bins.length;
  const every = Math.ceil(bins.length / 10);
  let svg = `<svg viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="group" aria-label="Incidents per ${unit}">`;
  bins.forEach((b, k) => {
    const n = count.get(b) || 0, bh = n ? Math.max(3, (h - 20) * n / max) : 0;
    const label = unit === 'month' ? iso(b).slice(0, 7) : iso(b);
    svg += `<rect x="${k * bw + 1}" y="${h - 16 - bh}" width="${Math.max(1, bw - 2)}" height="${bh}"
      data-from="${iso(b)}" data-to="${iso(lastOf(b))}" tabindex="0" role="button"
      aria-label="${label}: ${n} incident(s)"><title>${label}${unit === 'week' ? ' (week)' : ''}: ${n}</title></rect>`;
    if (k % every === 0)
      svg += `<text x="${k * bw + bw / 2}" y="${h - 3}" font-size="10" text-anchor="middle">${label}</text>`;
  });
  box.innerHTML = svg + '</svg>';
  box.querySelectorAll('rect').forEach(r => {
    const pick = () => {
      const f = $('#filters');
      f.from.value = r.dataset.from;
      f.to.value = r.dataset.to;
      load();
    };
    r.addEventListener('click', pick);
    r.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
}

function placeName(p) {
  if (!p) return null;
  return p.name_ar && p.name_ar !== p.name ? `${p.name} (${p.name_ar})` : p.name;
}

function incidentLabel(i) {
  return `${i.event_type || 'Event'} — ${placeName(i.place) || i.admin1 || 'unknown place'}`;
}

async function load() {
  const f = new FormData($('#filters'));
  const qs = new URLSearchParams();
  for (const [k, v] of f) if (v) qs.set(k, v);
  let data;
  try {
    data = await api('/api/incidents?' + qs);
  } catch (e) {
    $('#list').innerHTML = `<li class="meta">Cannot load incidents: ${esc(e.message)}</li>`;
    return;
  }
  const incs = data.incidents || [];
  incs.sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
  markers.clearLayers();
  const govs = new Set();
  $('#count').textContent = `${incs.length} incident${incs.length === 1 ? '' : 's'}`;
  $('#list').innerHTML = incs.map(i => {
    if (i.admin1) govs.add(i.admin1);
    const fat = i.fatalities || {};
    const nd = new Set((i.disputes || []).map(d => `${d.attribute}|${d.detail}`)).size;
    const nr = (i.documents || []).length;
    return `<li><a href="#/incident/${encodeURIComponent(i.id)}">${bdi(incidentLabel(i))}</a>
      ${nd ? `<span class="badge dispute">${nd} disputed</span>` : ''}
      <div class="meta">${esc(i.date || 'date unknown')} · ${esc(i.admin1 || 'governorate unknown')} ·
      ${nr} report${nr === 1 ? '' : 's'} · killed ${fat.best != null
        ? `${esc(fat.best)}${fat.low !== fat.high ? ` (${esc(fat.low)}–${esc(fat.high)})` : ''}` : '—'}</div></li>`;
  }).join('') || '<li class="meta">No incidents match.</li>';
  for (const g of govs) {
    if (![...$('#govs').options].some(o => o.value === g)) {
      const o = document.createElement('option');
      o.value = g;
      $('#govs').append(o);
    }
  }
  for (const i of incs) {
    if (!i.place || i.place.lat == null) continue;
    const best = (i.fatalities && i.fatalities.best) || 0;
    L.circleMarker([i.place.lat, i.place.lon], {
      radius: 5 + Math.min(22, Math.sqrt(best) * 2.5),
      color: (i.disputes || []).length ? '#b3261e' : '#0b5cad', weight: 2, fillOpacity: .4,
    }).bindTooltip(`${esc(incidentLabel(i))}<br>${esc(i.date || '')} · killed ${esc(best)}`)
      .on('click', () => { location.hash = `#/incident/${encodeURIComponent(i.id)}`; })
      .addTo(markers);
  }
  drawTimeline(incs);
}

/* ---- incident page --------------------------------------------------- */

/* A function from UTF-8 byte offsets of `text` to UTF-16 string indexes. */
function byteIndex(text) {
  const enc = new TextEncoder();
  const bytes = [], units = [];
  let b = 0, i = 0;
  for (const ch of text) {
    bytes.push(b);
    units.push(i);
    b += enc.encode(ch).length;
    i += ch.length;
  }
  bytes.push(b);
  units.push(i);
  return off => {
    /* Binary search: the last character starting at or before `off`. */
    let lo = 0, hi = bytes.length - 1;
    if (off >= b) return i;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bytes[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return units[lo];
  };
}

const PRIO = { figure: 5, denial: 4, source: 3, actor: 2, place: 2, sentence: 1 };

/*
 * The text with every span marked.  Spans may nest or overlap (a figure
 * inside its sentence); the text is cut at every span boundary and each
 * piece is marked with the most specific span covering it, so marks never
 * nest.  A span with an `id` gives its first piece that id (jump target).
 */
function highlight(text, spans) {
  const idx = byteIndex(text);
  const ms = spans.map(s => ({ ...s, a: idx(s.span[0]), b: idx(s.span[1]) }))
    .filter(m => m.b > m.a);
  const cuts = [...new Set([0, text.length, ...ms.flatMap(m => [m.a, m.b])])].sort((x, y) => x - y);
  const done = new Set();
  let out = '';
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k], b = cuts[k + 1];
    let best = null;
    for (const m of ms) {
      if (m.a > a || m.b < b) continue;
      if (!best || PRIO[m.cls] > PRIO[best.cls] ||
          (PRIO[m.cls] === PRIO[best.cls] && m.b - m.a < best.b - best.a)) best = m;
    }
    const piece = esc(text.slice(a, b));
    if (!best) {
      out += piece;
      continue;
    }
    let id = '';
    if (best.id && !done.has(best.id)) {
      done.add(best.id);
      id = ` id="${esc(best.id)}" tabindex="-1"`;
    }
    out += `<mark class="${best.cls}" title="${esc(best.title)}"${id}>${piece}</mark>`;
  }
  return out;
}

function badge(state) {
  if (state === 'disputed') return '<span class="badge dispute">disputed</span>';
  if (state === 'agreed') return '<span class="badge agree">agreed</span>';
  if (state === 'varies') return '<span class="badge varies">differs</span>';
  return '<span class="badge single">one source</span>';
}

/*
 * Rows of the claim table, attribute by attribute, from the member events
 * of the incident in each report's extraction.  Each row is one source's
 * claim: {source, claim (HTML), doc, jump (mark id) }.
 */
function attributes(inc, docs) {
  const member = new Set((inc.events || []).map(e => `${e.doc}#${e.n}`));
  const groups = new Map();
  const group = (key, label, order) => {
    if (!groups.has(key)) groups.set(key, { key, label, order, rows: [], values: new Set() });
    return groups.get(key);
  };
  const srcName = (s, doc) => (s && s.name) || doc.outlet || doc.id;
  docs.forEach((doc, di) => {
    const ex = doc.extraction || {};
    for (const ev of ex.events || []) {
      if (!member.has(`${doc.id}#${ev.n}`)) continue;
      const voice = doc.outlet || doc.id;
      for (const c of ev.claims || []) {
        const g = group(`kind:${c.kind}`, KIND[c.kind] || c.kind, 0);
        g.rows.push({ source: srcName(c.source, doc), doc, di, jump: `m-${di}-${c.span[0]}`,
          chain: c.source && c.source.chain && c.source.chain.length > 1 ? c.source.chain.join(' → ') : '',
          claim: `${c.denied ? '<span class="badge denied">denies</span> ' : ''}<b>${esc(figure(c))}</b>${c.who ? ' ' + bdi(c.who) : ''}` });
        g.values.add(`${c.denied}:${c.value}:${c.value_hi}`);
      }
      const seen = new Set();
      for (const p of ev.participants || []) {
        const s = srcName(p.source, doc), k = `${p.actor}|${s}|${p.denied}|${!!p.limited}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const g = group(`actor:${p.actor}`, `Took part: ${p.name || p.actor}`, 1);
        g.actor = p.actor;
        g.rows.push({ source: s, doc, di, jump: `m-${di}-${p.span[0]}`,
          claim: p.denied ? '<span class="no">did not take part</span>'
            : p.limited ? '<span class="no">only a limited part</span>' : '<span class="yes">took part</span>' });
        g.values.add(p.denied ? 'no' : p.limited ? 'limited' : 'yes');
      }
      const date = ev.date ? (ev.date_last && ev.date_last !== ev.date ? `${ev.date} – ${ev.date_last}` : ev.date) : null;
      const gd = group('date', 'Date', 2);
      gd.rows.push({ source: voice, doc, di, claim: date
        ? `${esc(date)}${ev.date_text ? ` <span class="meta">(${bdi(ev.date_text)})</span>` : ''}`
        : '<span class="meta">not stated</span>' });
      if (date) gd.values.add(date);
      const gp = group('place', 'Place', 3);
      gp.rows.push({ source: voice, doc, di, jump: ev.place && ev.place.span ? `m-${di}-${ev.place.span[0]}` : null,
        claim: ev.place ? `${bdi(placeName(ev.place))}${ev.place.admin1 ? `, ${esc(ev.place.admin1)}` : ''}`
          : '<span class="meta">not stated</span>' });
      if (ev.place) gp.values.add(ev.place.id);
      const a1 = (ev.actors || []).filter(a => a.role === 'actor1');
      const ga = group('perpetrator', 'Perpetrator (actor 1)', 4);
      ga.rows.push({ source: voice, doc, di, claim: a1.length ? a1.map(a => bdi(a.name || a.id)).join(', ')
        : '<span class="meta">not stated</span>' });
      if (a1.length) ga.values.add(a1.map(a => a.id).sort().join(','));
      const gt = group('type', 'Event type', 5);
      gt.rows.push({ source: voice, doc, di, claim: ev.event_type
        ? `${esc(ev.event_type)}${ev.sub_event_type ? ` <span class="meta">(${esc(ev.sub_event_type)})</span>` : ''}`
        : '<span class="meta">not stated</span>' });
      if (ev.event_type) gt.values.add(ev.event_type);
    }
  });
  const disputes = inc.disputes || [];
  const attrOf = { date: 'date', place: 'location', perpetrator: 'perpetrator' };
  for (const g of groups.values()) {
    let d;
    if (g.key.startsWith('kind:')) d = disputes.some(x => x.attribute === g.key.slice(5));
    else if (g.actor) d = disputes.some(x => x.attribute === 'participation' &&
      (x.claims || []).some(c => c.actor === g.actor));
    else d = disputes.some(x => x.attribute === attrOf[g.key]);
    const sources = new Set(g.rows.map(r => r.source));
    g.state = d ? 'disputed' : g.values.size > 1 ? 'varies' : sources.size > 1 ? 'agreed' : 'single';
  }
  return [...groups.values()].sort((a, b) => a.order - b.order);
}

async function showIncident(id) {
  const box = $('#incident');
  $('#overview').hidden = true;
  box.hidden = false;
  box.innerHTML = '<p class="meta">Loading…</p>';
  let data;
  try {
    data = await api('/api/incidents/' + encodeURIComponent(id));
  } catch (e) {
    box.innerHTML = `<p><a href="#/">← all incidents</a></p><p role="alert">Cannot load incident: ${esc(e.message)}</p>`;
    return;
  }
  const inc = data.incident, fat = inc.fatalities || {};
  const docs = data.documents || [];
  const nr = (inc.documents || []).length;
  let html = `<p><a href="#/">← all incidents</a></p>
    <h2>${bdi(incidentLabel(inc))}</h2>
    <div class="meta">${esc(inc.sub_event_type || '')} · ${esc(inc.date || 'date unknown')}${inc.date_last && inc.date_last !== inc.date ? ' – ' + esc(inc.date_last) : ''}
      · ${esc(inc.admin1 || '')} · ${nr} report${nr === 1 ? '' : 's'}</div>
    <div class="fatal" role="group" aria-label="Fatalities">
      <div><b>${fat.low != null ? esc(fat.low) : '—'}</b>low</div>
      <div class="best"><b>${fat.best != null ? esc(fat.best) : '—'}</b>best</div>
      <div><b>${fat.high != null ? esc(fat.high) : '—'}</b>high</div>
    </div>
    <h3>What is the truth? Source by source</h3>
    <table class="truth"><caption class="visually-hidden">Each attribute of the incident, one row per source</caption>
    <thead><tr><th scope="col">Source</th><th scope="col">Says</th><th scope="col">In report</th><th scope="col"><span class="visually-hidden">Evidence</span></th></tr></thead>`;
  for (const g of attributes(inc, docs)) {
    html += `<tbody class="attr ${g.state}"><tr class="head"><th scope="rowgroup" colspan="4">${bdi(g.label)} ${badge(g.state)}</th></tr>`;
    for (const r of g.rows) {
      html += `<tr><td>${bdi(r.source)}${r.chain ? `<div class="meta">${bdi(r.chain)}</div>` : ''}</td><td>${r.claim}</td>
        <td class="meta">${bdi(r.doc.outlet || r.doc.id)}</td>
        <td>${r.jump ? `<button type="button" class="jump" data-jump="${esc(r.jump)}">evidence</button>` : ''}</td></tr>`;
    }
    html += '</tbody>';
  }
  html += '</table>';
  const seen = new Set();
  const disputes = (inc.disputes || []).filter(d => {
    const k = `${d.attribute}|${d.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (disputes.length) {
    html += '<h3>Disputes</h3><ul class="disputes">' +
      disputes.map(d => `<li><b>${esc(d.attribute)}</b>: ${bdi(d.detail)}</li>`).join('') + '</ul>';
  }
  html += `<h3>Reports and evidence</h3>
    <p class="legend meta"><mark class="figure">figure</mark> <mark class="source">source</mark>
    <mark class="actor">actor</mark> <mark class="place">place</mark> <mark class="sentence">evidence sentence</mark></p>`;
  const member = new Set((inc.events || []).map(e => `${e.doc}#${e.n}`));
  docs.forEach((doc, di) => {
    const spans = [];
    const ex = doc.extraction || { events: [] };
    for (const ev of ex.events || []) {
      if (!member.has(`${doc.id}#${ev.n}`)) continue;
      for (const s of ev.evidence || []) if (s) spans.push({ span: s, cls: 'sentence', title: 'evidence' });
      if (ev.place && ev.place.span)
        spans.push({ span: ev.place.span, cls: 'place', title: `place: ${ev.place.name}`, id: `m-${di}-${ev.place.span[0]}` });
      for (const a of ev.actors || [])
        if (a.span) spans.push({ span: a.span, cls: 'actor', title: `actor: ${a.name}` });
      for (const c of ev.claims || []) {
        spans.push({ span: c.span, cls: 'figure', id: `m-${di}-${c.span[0]}`,
          title: `${c.kind} ${figure(c)}${c.denied ? ' (denied)' : ''} — ${c.source ? c.source.name : ''}` });
        if (c.source && c.source.span)
          spans.push({ span: c.source.span, cls: 'source', title: `source: ${c.source.name}` });
      }
      for (const p of ev.participants || []) {
        spans.push({ span: p.span, cls: p.denied || p.limited ? 'denial' : 'actor', id: `m-${di}-${p.span[0]}`,
          title: `${p.name}: ${p.denied ? 'did not take part' : p.limited ? 'only a limited part' : 'took part'} — ${p.source ? p.source.name : ''}` });
        if (p.source && p.source.span)
          spans.push({ span: p.source.span, cls: 'source', title: `source: ${p.source.name}` });
      }
    }
    const rtl = doc.lang === 'ar';
    html += `<article class="doc" aria-labelledby="doc-${di}"><h4 id="doc-${di}">${bdi(doc.title || doc.outlet || doc.id)}</h4>
      <div class="meta">${bdi(doc.outlet || '')} · ${esc(doc.published || 'undated')} · ${esc(doc.lang || '')} · id ${bdi(doc.id)}
      ${doc.url && /^https?:\/\//.test(doc.url) ? ` · <a href="${esc(doc.url)}" rel="noopener noreferrer">original</a>` : ''}</div>
      <div class="text" dir="${rtl ? 'rtl' : 'ltr'}" lang="${esc(doc.lang || '')}">${highlight(doc.text || '', spans)}</div></article>`;
  });
  box.innerHTML = html;
  box.querySelectorAll('button.jump').forEach(b => b.addEventListener('click', () => {
    const m = document.getElementById(b.dataset.jump);
    if (!m) return;
    m.scrollIntoView({ behavior: 'smooth', block: 'center' });
    m.classList.add('flash');
    m.focus({ preventScroll: true });
    setTimeout(() => m.classList.remove('flash'), 1600);
  }));
  window.scrollTo(0, 0);
}

function route() {
  const m = location.hash.match(/^#\/incident\/(.+)$/);
  if (m) {
    showIncident(decodeURIComponent(m[1]));
  } else {
    $('#incident').hidden = true;
    $('#overview').hidden = false;
    if (map) map.invalidateSize();
  }
}

window.addEventListener('hashchange', route);
$('#filters').addEventListener('submit', e => { e.preventDefault(); load(); });
$('#filters').addEventListener('reset', () => setTimeout(load, 0));
initMap().then(load).then(route);
