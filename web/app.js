/*
 * app.js - rasd's review page: incidents on a map of Syria and on a
 * timeline, and an incident page that answers "what is the truth?" by
 * setting every source's claim side by side, marking disputes, and showing
 * each report's text with its evidence highlighted.
 *
 * Offline: the map is world-atlas country shapes drawn by Leaflet, no tile
 * server.  Spans from the API are UTF-8 byte offsets; they are converted to
 * JavaScript string indexes before highlighting.
 */
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const QUAL = { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ',
  up_to: 'up to ', range: '', vague: '~' };

function figure(c) {
  const v = c.qualifier === 'range' && c.value_hi != null && c.value_hi !== c.value
    ? `${c.value}–${c.value_hi}` : `${c.value}`;
  return `${QUAL[c.qualifier] || ''}${v}`;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

/* ---- map and timeline ---------------------------------------------- */

let map, markers;

async function initMap() {
  map = L.map('map', { zoomControl: true, attributionControl: true }).setView([35, 38.5], 6);
  map.attributionControl.addAttribution('Shapes: Natural Earth via world-atlas');
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

function drawTimeline(incs) {
  const box = $('#timeline');
  const dated = incs.filter(i => i.date);
  if (!dated.length) { box.innerHTML = '<p class="meta" style="padding:.4rem .6rem">No dated incidents.</p>'; return; }
  const byMonth = new Map();
  for (const i of dated) {
    const m = i.date.slice(0, 7);
    byMonth.set(m, (byMonth.get(m) || 0) + 1);
  }
  const months = [...byMonth.keys()].sort();
  const max = Math.max(...byMonth.values());
  const w = 1000, h = 80, bw = w / months.length;
  let svg = `<svg viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="img" aria-label="Incidents per month">`;
  months.forEach((m, k) => {
    const n = byMonth.get(m), bh = Math.max(3, (h - 16) * n / max);
    svg += `<rect x="${k * bw + 1}" y="${h - 14 - bh}" width="${Math.max(1, bw - 2)}" height="${bh}" data-month="${m}"><title>${m}: ${n}</title></rect>`;
    if (months.length < 24 || k % Math.ceil(months.length / 12) === 0)
      svg += `<text x="${k * bw + bw / 2}" y="${h - 2}" font-size="10" text-anchor="middle" fill="#5b6575">${m}</text>`;
  });
  box.innerHTML = svg + '</svg>';
  box.querySelectorAll('rect').forEach(r => r.addEventListener('click', () => {
    const m = r.dataset.month, f = $('#filters');
    const last = new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).toISOString().slice(0, 10);
    f.from.value = `${m}-01`;
    f.to.value = last;
    load();
  }));
}

function incidentLabel(i) {
  const place = i.place ? i.place.name : (i.admin1 || 'unknown place');
  return `${i.event_type || 'Event'} — ${place}`;
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
  markers.clearLayers();
  const govs = new Set();
  $('#list').innerHTML = incs.map(i => {
    if (i.admin1) govs.add(i.admin1);
    const fat = i.fatalities || {};
    const nd = (i.disputes || []).length;
    return `<li><a href="#/incident/${encodeURIComponent(i.id)}">${esc(incidentLabel(i))}</a>
      ${nd ? `<span class="badge dispute">${nd} disputed</span>` : ''}
      <div class="meta">${esc(i.date || 'date unknown')} · ${esc(i.admin1 || '')} ·
      ${(i.documents || []).length} report(s) · killed best ${fat.best != null ? esc(fat.best) : '—'}</div></li>`;
  }).join('') || '<li class="meta">No incidents match.</li>';
  $('#govs').innerHTML = [...govs].sort().map(g => `<option value="${esc(g)}">`).join('');
  for (const i of incs) {
    if (!i.place || i.place.lat == null) continue;
    const best = (i.fatalities && i.fatalities.best) || 0;
    L.circleMarker([i.place.lat, i.place.lon], {
      radius: 5 + Math.min(20, Math.sqrt(best) * 2),
      color: (i.disputes || []).length ? '#b3261e' : '#0b5cad', weight: 2, fillOpacity: .45,
    }).bindTooltip(esc(incidentLabel(i))).on('click', () => { location.hash = `#/incident/${encodeURIComponent(i.id)}`; })
      .addTo(markers);
  }
  drawTimeline(incs);
}

/* ---- incident page --------------------------------------------------- */

/* Map UTF-8 byte offsets of `text` to string indexes. */
function byteIndex(text) {
  const enc = new TextEncoder();
  const map = new Map();
  let b = 0, i = 0;
  for (const ch of text) {
    map.set(b, i);
    b += enc.encode(ch).length;
    i += ch.length;
  }
  map.set(b, i);
  return off => {
    while (off > 0 && !map.has(off)) off--;
    return map.get(off) || 0;
  };
}

function highlight(text, spans) {
  const idx = byteIndex(text);
  const marks = spans.map(s => ({ a: idx(s.span[0]), b: idx(s.span[1]), cls: s.cls, title: s.title }))
    .filter(m => m.b > m.a).sort((x, y) => x.a - y.a || y.b - x.b);
  let out = '', pos = 0;
  for (const m of marks) {
    if (m.a < pos) continue;            /* nested or overlapping: keep the first */
    out += esc(text.slice(pos, m.a));
    out += `<mark class="${m.cls}" title="${esc(m.title)}">${esc(text.slice(m.a, m.b))}</mark>`;
    pos = m.b;
  }
  return out + esc(text.slice(pos));
}

function disputed(inc, attr) {
  return (inc.disputes || []).some(d => d.attribute === attr);
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
    box.innerHTML = `<p><a href="#/">← all incidents</a></p><p>Cannot load incident: ${esc(e.message)}</p>`;
    return;
  }
  const inc = data.incident, fat = inc.fatalities || {};
  let html = `<p><a href="#/">← all incidents</a></p>
    <h2>${esc(incidentLabel(inc))}</h2>
    <div class="meta">${esc(inc.sub_event_type || '')} · ${esc(inc.date || 'date unknown')}${inc.date_last && inc.date_last !== inc.date ? ' – ' + esc(inc.date_last) : ''}
      · ${esc(inc.admin1 || '')} · ${(inc.documents || []).length} report(s)</div>
    <div class="fatal" aria-label="Fatalities">
      <div><b>${fat.low != null ? esc(fat.low) : '—'}</b>low</div>
      <div><b>${fat.best != null ? esc(fat.best) : '—'}</b>best</div>
      <div><b>${fat.high != null ? esc(fat.high) : '—'}</b>high</div>
      <div><b>${fat.acled != null ? esc(fat.acled) : '—'}</b>ACLED</div>
    </div>
    <h3>What is the truth? Claim by claim</h3>
    <table class="truth"><thead><tr><th>Attribute</th><th>Claim</th><th>Who says it</th><th></th></tr></thead><tbody>`;
  const claims = inc.claims || {};
  for (const kind of Object.keys(claims)) {
    const d = disputed(inc, kind);
    for (const c of claims[kind]) {
      html += `<tr class="${d ? 'disputed' : ''}"><td>${esc(kind.replace(/_/g, ' '))}</td>
        <td>${esc(figure(c))}${c.who ? ' ' + esc(c.who) : ''}${c.denied ? ' <span class="badge denied">denied</span>' : ''}</td>
        <td>${esc((c.sources || []).join(', '))}</td>
        <td>${d ? '<span class="badge dispute">disputed</span>' : '<span class="badge agree">agreed</span>'}</td></tr>`;
    }
  }
  for (const p of inc.participation || []) {
    const d = (inc.disputes || []).some(x => x.attribute === 'participation' &&
      String(x.detail || '').startsWith(`${p.name || p.actor}:`));
    html += `<tr class="${d ? 'disputed' : ''}"><td>took part: ${esc(p.name || p.actor)}</td>
      <td>${(p.asserted_by || []).length ? 'yes' : ''}${d ? ' / ' : ''}${(p.denied_by || []).length ? 'no' : ''}</td>
      <td>${(p.asserted_by || []).length ? 'yes: ' + esc(p.asserted_by.join(', ')) : ''}
          ${(p.denied_by || []).length ? '<br>no: ' + esc(p.denied_by.join(', ')) : ''}</td>
      <td>${d ? '<span class="badge dispute">disputed</span>' : '<span class="badge agree">agreed</span>'}</td></tr>`;
  }
  html += '</tbody></table>';
  if ((inc.disputes || []).length) {
    html += '<h3>Disputes</h3><ul class="disputes">' +
      inc.disputes.map(d => `<li><b>${esc(d.attribute)}</b>: ${esc(d.detail)}</li>`).join('') + '</ul>';
  }
  html += '<h3>Reports and evidence</h3>';
  const mine = new Set((inc.events || []).map(e => `${e.doc}#${e.n}`));
  for (const doc of data.documents || []) {
    const spans = [];
    const ex = doc.extraction || { events: [] };
    for (const ev of ex.events || []) {
      if (!mine.has(`${doc.id}#${ev.n}`)) continue;
      for (const s of ev.evidence || []) if (s) spans.push({ span: s, cls: 'sentence', title: 'evidence' });
      for (const c of ev.claims || []) spans.push({ span: c.span, cls: 'figure',
        title: `${c.kind} ${figure(c)} — ${c.source && c.source.name}` });
    }
    /* Figures first so they win over the sentence that holds them. */
    spans.sort((x, y) => (x.cls === 'figure' ? -1 : 1) - (y.cls === 'figure' ? -1 : 1));
    const flat = [];
    for (const s of spans) {
      if (s.cls === 'sentence' && spans.some(f => f.cls === 'figure' && f.span[0] >= s.span[0] && f.span[1] <= s.span[1])) {
        /* Split the sentence around its figures. */
        const figs = spans.filter(f => f.cls === 'figure' && f.span[0] >= s.span[0] && f.span[1] <= s.span[1])
          .sort((a, b) => a.span[0] - b.span[0]);
        let at = s.span[0];
        for (const f of figs) {
          if (f.span[0] > at) flat.push({ span: [at, f.span[0]], cls: 'sentence', title: 'evidence' });
          at = Math.max(at, f.span[1]);
        }
        if (s.span[1] > at) flat.push({ span: [at, s.span[1]], cls: 'sentence', title: 'evidence' });
      } else {
        flat.push(s);
      }
    }
    const rtl = doc.lang === 'ar';
    html += `<article class="doc"><h4>${esc(doc.title || doc.id)}</h4>
      <div class="meta">${esc(doc.outlet || '')} · ${esc(doc.published || 'undated')}
      ${doc.url ? ` · <a href="${esc(doc.url)}" rel="noopener noreferrer">source</a>` : ''}</div>
      <div class="text" dir="${rtl ? 'rtl' : 'ltr'}" lang="${esc(doc.lang || '')}">${highlight(doc.text || '', flat)}</div></article>`;
  }
  box.innerHTML = html;
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
initMap().then(load).then(route);
