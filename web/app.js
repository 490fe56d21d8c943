/*
 * app.js - rasd's review page: incidents on a map of Syria, on a timeline
 * and in a paged list; and an incident page that answers "what is the
 * truth?" source by source.
 *
 * Scale: the list is one page of summaries (/api/incidents?view=summary),
 * the map and the timeline one aggregate of every matching incident
 * (view=map: points with counts, bins), drawn as clustered markers
 * (leaflet.markercluster) whose clusters add up their incidents.  A filter
 * change fetches both again (the previous requests aborted) and redraws
 * in place: no reload.  The filters, the page and the language live in the
 * address (?admin1=Homs&page=2&lang=ar), the incident in its fragment
 * (#/incident/ID), so a view can be shared and the back button works.
 *
 * The incident page reads each source's account from the incident
 * (accounts: latest total, history by report time, breakdown) and each
 * report's extraction: the claims of syndicated or repeated copies
 * collapse into one row ("20 — Reuters, via 6 reports") that expands to
 * the reports; attributes every report agrees on are one line ("Place:
 * Homs Military College — 8 reports agree"); "not stated" is not shown.
 *
 * Offline: the map is world-atlas country shapes drawn by Leaflet, no tile
 * server.  Spans from the API are UTF-8 byte offsets into a report's text;
 * they are converted to JavaScript string indexes (UTF-16) with
 * TextEncoder before highlighting.  Everything from the API is escaped
 * before it reaches innerHTML.  English and Arabic (?lang=ar, right to
 * left); keyboard: ↑/↓ or j/k through the list, Enter opens, / searches,
 * [ and ] change page, Esc goes back.
 */
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
const PAGE = 100;

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/* Text that may be in the other direction than the page. */
const bdi = s => `<bdi>${esc(s)}</bdi>`;

/* ---- words of the page, English and Arabic ----------------------------- */

const I18N = {
  en: {
    skip: 'Skip to the incidents', filters: 'Filter incidents', from: 'From', to: 'To',
    governorate: 'Governorate', type: 'Type', any: 'any', text: 'Text', onlyDisputed: 'disputed only',
    filter: 'Filter', clear: 'Clear', mapLabel: 'Map of incidents; clusters give the number of incidents, red when some are disputed',
    keys: 'Keys: ↑/↓ or j/k move through the list, Enter opens, / searches, [ and ] change page, Esc goes back.',
    incidents: n => `${n.toLocaleString('en')} incident${n === 1 ? '' : 's'}`,
    shown: (a, b) => `showing ${a}–${b}`, prev: '← previous', next: 'next →', page: (p, n) => `page ${p} of ${n}`,
    none: 'No incidents match.', cannotLoad: 'Cannot load incidents', cannotIncident: 'Cannot load incident',
    dateUnknown: 'date unknown', govUnknown: 'governorate unknown', reports: n => `${n} report${n === 1 ? '' : 's'}`,
    killed: 'killed', disputedN: n => `${n} disputed`, unknownPlace: 'unknown place', event: 'Event',
    back: '← all incidents', low: 'low', best: 'best', high: 'high', truth: 'What is the truth? Source by source',
    truthCaption: 'Each attribute of the incident, one row per source',
    colSource: 'Source', colSays: 'Says', colReports: 'Reports',
    disputed: 'disputed', agreed: 'agreed', varies: 'differs', single: 'one source',
    via: n => `via ${n} reports`, viaOne: 'one report', evidence: 'evidence', earlier: 'earlier',
    ofWhom: 'among them', superseded: 'the toll as another source first gave it', denies: 'denies',
    agree: (n) => `${n} reports agree`, wider: (n, p) => `${n} of them name only ${p}, which holds it`, oneReport: 'one report', tookPart: 'took part', didNot: 'did not take part',
    limited: 'only a limited part', part: a => `Took part: ${a}`, date: 'Date', place: 'Place',
    perpetrator: 'Perpetrator (actor 1)', etype: 'Event type', disputes: 'Disputes', reportsEvidence: 'Reports and evidence',
    legend: ['figure', 'source', 'actor', 'place', 'evidence sentence'], undated: 'undated', original: 'original',
    brief: 'Download brief', briefHtml: 'brief as a page', copyOf: o => `copy of ${o}`, noFigure: 'no total',
    showList: 'Show in the list', atPlace: (n, p, d) => `${n} incidents at ${p}${d ? `, ${d} disputed` : ''}`,
    open: 'open one', perBin: (l, n) => `${l}: ${n} incident(s)`, noDated: 'No dated incidents.',
    kinds: { killed: 'Killed', wounded: 'Wounded', killed_or_wounded: 'Killed or wounded', arrested: 'Arrested',
      kidnapped: 'Kidnapped', missing: 'Missing' },
    qual: { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ', range: '', vague: '' },
    dozens: n => `dozens (${n})`, langSwitch: 'العربية', langOther: 'ar',
  },
  ar: {
    skip: 'انتقل إلى الحوادث', filters: 'تصفية الحوادث', from: 'من', to: 'إلى', governorate: 'المحافظة',
    type: 'النوع', any: 'الكل', text: 'نص', onlyDisputed: 'المختلف عليها فقط', filter: 'تصفية', clear: 'مسح',
    mapLabel: 'خريطة الحوادث؛ تبيّن المجموعات عدد الحوادث، وتظهر باللون الأحمر إن كان بعضها موضع خلاف',
    keys: 'المفاتيح: ↑/↓ أو j/k للتنقل في القائمة، Enter للفتح، / للبحث، [ و ] لتغيير الصفحة، Esc للرجوع.',
    incidents: n => `الحوادث: ${n.toLocaleString('en')}`, shown: (a, b) => `المعروض ${a}–${b}`,
    prev: '→ السابق', next: 'التالي ←', page: (p, n) => `الصفحة ${p} من ${n}`, none: 'لا حوادث مطابقة.',
    cannotLoad: 'تعذّر تحميل الحوادث', cannotIncident: 'تعذّر تحميل الحادثة', dateUnknown: 'تاريخ غير معروف',
    govUnknown: 'محافظة غير معروفة', reports: n => `التقارير: ${n}`, killed: 'القتلى',
    disputedN: n => `موضع خلاف: ${n}`, unknownPlace: 'مكان غير معروف', event: 'حدث', back: '→ كل الحوادث',
    low: 'الأدنى', best: 'الأرجح', high: 'الأعلى', truth: 'ما الحقيقة؟ مصدرًا مصدرًا',
    truthCaption: 'كل تفصيل من تفاصيل الحادثة، سطر لكل مصدر', colSource: 'المصدر', colSays: 'يقول',
    colReports: 'التقارير', disputed: 'موضع خلاف', agreed: 'متفق عليه', varies: 'يختلف', single: 'مصدر واحد',
    via: n => `عبر ${n} تقارير`, viaOne: 'تقرير واحد', evidence: 'الدليل', earlier: 'قبل ذلك', ofWhom: 'بينهم',
    superseded: 'الحصيلة كما أعلنها مصدر آخر في البداية', denies: 'ينفي', agree: n => `تتفق عليه التقارير (${n})`,
    wider: (n, p) => `منها ${n} تذكر ${p} فقط، وهي تضمّه`,
    oneReport: 'تقرير واحد', tookPart: 'شارك', didNot: 'لم يشارك', limited: 'مشاركة محدودة فقط',
    part: a => `المشاركة: ${a}`, date: 'التاريخ', place: 'المكان', perpetrator: 'الجهة المنفذة', etype: 'نوع الحدث',
    disputes: 'نقاط الخلاف', reportsEvidence: 'التقارير والأدلة',
    legend: ['رقم', 'مصدر', 'طرف', 'مكان', 'جملة الدليل'], undated: 'بلا تاريخ', original: 'الأصل',
    brief: 'تنزيل الموجز', briefHtml: 'الموجز صفحةً', copyOf: o => `نسخة من ${o}`, noFigure: 'بلا حصيلة',
    showList: 'اعرضها في القائمة', atPlace: (n, p, d) => `${n} حوادث في ${p}${d ? `، منها ${d} موضع خلاف` : ''}`,
    open: 'افتح إحداها', perBin: (l, n) => `${l}: ${n}`, noDated: 'لا حوادث مؤرخة.',
    kinds: { killed: 'القتلى', wounded: 'الجرحى', killed_or_wounded: 'القتلى والجرحى', arrested: 'المعتقلون',
      kidnapped: 'المخطوفون', missing: 'المفقودون' },
    qual: { exact: '', about: 'نحو ', at_least: 'على الأقل ', more_than: 'أكثر من ', up_to: 'حتى ', range: '', vague: '' },
    dozens: n => `العشرات (${n})`, langSwitch: 'English', langOther: 'en',
    't.Battles': 'معارك', 't.Explosions/Remote violence': 'انفجارات وعنف عن بعد',
    't.Violence against civilians': 'عنف ضد المدنيين', 't.Protests': 'احتجاجات', 't.Riots': 'أعمال شغب',
    't.Strategic developments': 'تطورات استراتيجية',
  },
};

let LANG = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';
const T = () => I18N[LANG];

function applyLanguage() {
  document.documentElement.lang = LANG;
  document.documentElement.dir = LANG === 'ar' ? 'rtl' : 'ltr';
  for (const el of $$('[data-i18n]')) {
    const v = T()[el.dataset.i18n];
    if (typeof v === 'string') el.textContent = v;
  }
  for (const el of $$('[data-i18n-aria]')) {
    const v = T()[el.dataset.i18nAria];
    if (typeof v === 'string') el.setAttribute('aria-label', v);
  }
  const sw = $('#lang-switch');
  sw.textContent = T().langSwitch;
  sw.lang = T().langOther;
  sw.href = urlFor({ lang: T().langOther });
}

function figure(c) {
  if (!c) return '';
  if (c.qualifier === 'vague') return T().dozens(c.value);
  const v = c.qualifier === 'range' && c.value_hi != null && c.value_hi !== c.value
    ? `${c.value}–${c.value_hi}` : `${c.value}`;
  return `${T().qual[c.qualifier] || ''}${v}`;
}

/* The group a figure counts, without the loader's "among them" mark. */
const whoOf = w => (w || '').replace(/(^| )among them$/, '').trim();

async function api(path, signal) {
  const r = await fetch(path, { signal });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

/* ---- the address: filters, page, language ------------------------------ */

const FILTERS = ['from', 'to', 'admin1', 'type', 'q', 'disputed'];

function readState() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTERS) if (p.get(k)) f[k] = p.get(k);
  return { filters: f, page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1) };
}

function urlFor(change) {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(change)) {
    if (v == null || v === '' || (k === 'page' && v === 1) || (k === 'lang' && v === 'en')) p.delete(k);
    else p.set(k, v);
  }
  const s = p.toString();
  return `${location.pathname}${s ? '?' + s : ''}${location.hash}`;
}

function formFilters() {
  const f = {};
  for (const [k, v] of new FormData($('#filters'))) if (v) f[k] = v;
  return f;
}

function setForm(f) {
  const form = $('#filters');
  for (const k of FILTERS) {
    const el = form.elements[k];
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = !!f[k];
    else el.value = f[k] || '';
  }
}

/* Put filters and page in the address (a new history entry) and redraw. */
function go(filters, page) {
  const change = { page };
  for (const k of FILTERS) change[k] = filters[k] || null;
  history.pushState(null, '', urlFor(change));
  load();
}

/* ---- map, timeline, list ----------------------------------------------- */

let map, clusters;

async function initMap() {
  map = L.map('map', { zoomControl: true, attributionControl: true, minZoom: 4, maxZoom: 12 })
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
  /* A cluster adds up the incidents of its places, red when any is disputed. */
  clusters = L.markerClusterGroup({
    chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50,
    iconCreateFunction: cl => {
      let n = 0, d = 0;
      for (const m of cl.getAllChildMarkers()) {
        n += m.options.count;
        d += m.options.disputed;
      }
      return countIcon(n, d, true);
    },
  }).addTo(map);
}

function countIcon(n, disputed, cluster) {
  const size = Math.round(22 + Math.min(26, Math.log10(n + 1) * 9));
  return L.divIcon({
    html: `<span>${n >= 10000 ? Math.round(n / 1000) + 'k' : n}</span>`,
    className: `count-icon${disputed ? ' disputed' : ''}${cluster ? ' cluster' : ''}`,
    iconSize: [size, size],
  });
}

function drawMap(places) {
  clusters.clearLayers();
  const markers = places.map(([lat, lon, n, d, id, name]) => {
    const m = L.marker([lat, lon], {
      icon: countIcon(n, d, false), count: n, disputed: d, keyboard: true,
      title: n === 1 ? (name || '') : T().atPlace(n, name || '', d),
    });
    if (n === 1) {
      m.on('click', () => { location.hash = `#/incident/${encodeURIComponent(id)}`; });
    } else {
      m.bindPopup(() => {
        const div = document.createElement('div');
        div.innerHTML = `<p>${esc(T().atPlace(n, name || '', d))}</p>
          <p><a href="#/incident/${encodeURIComponent(id)}">${esc(T().open)}</a> ·
          <button type="button" class="jump">${esc(T().showList)}</button></p>`;
        div.querySelector('button').addEventListener('click', () => {
          map.closePopup();
          go({ ...readState().filters, q: name }, 1);
        });
        return div;
      });
    }
    return m;
  });
  clusters.addLayers(markers);
}

function drawTimeline(tl) {
  const box = $('#timeline');
  const bins = (tl && tl.bins) || [];
  if (!bins.some(b => b[2])) {
    box.innerHTML = `<p class="meta pad">${esc(T().noDated)}</p>`;
    return;
  }
  const max = Math.max(...bins.map(b => b[2]));
  const w = 1000, h = 90, bw = w / bins.length;
  const every = Math.ceil(bins.length / 10);
  let svg = `<svg viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="group" aria-label="${esc(tl.unit)}">`;
  bins.forEach(([from, to, n], k) => {
    const bh = n ? Math.max(3, (h - 20) * n / max) : 0;
    const label = tl.unit === 'month' ? from.slice(0, 7) : from;
    svg += `<rect x="${k * bw + 1}" y="${h - 16 - bh}" width="${Math.max(1, bw - 2)}" height="${bh}"
      data-from="${esc(from)}" data-to="${esc(to)}" tabindex="0" role="button"
      aria-label="${esc(T().perBin(label, n))}"><title>${esc(T().perBin(label, n))}</title></rect>`;
    if (k % every === 0)
      svg += `<text x="${k * bw + bw / 2}" y="${h - 3}" font-size="10" text-anchor="middle">${esc(label)}</text>`;
  });
  box.innerHTML = svg + '</svg>';
  box.querySelectorAll('rect').forEach(r => {
    const pick = () => go({ ...readState().filters, from: r.dataset.from, to: r.dataset.to }, 1);
    r.addEventListener('click', pick);
    r.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
}

function placeName(p) {
  if (!p || !p.name) return null;
  if (LANG === 'ar' && p.name_ar) return p.name_ar;
  return p.name_ar && p.name_ar !== p.name ? `${p.name} (${p.name_ar})` : p.name;
}

function typeName(t) {
  return (t && T()[`t.${t}`]) || t || T().event;
}

function incidentLabel(i) {
  return `${typeName(i.event_type)} — ${placeName(i.place) || i.admin1 || T().unknownPlace}`;
}

function drawList(data, page) {
  const incs = data.incidents || [];
  const total = data.total || 0;
  $('#count').textContent = T().incidents(total);
  $('#list').innerHTML = incs.map(i => {
    const fat = i.fatalities;
    const nd = i.disputes || 0;
    return `<li><a href="#/incident/${encodeURIComponent(i.id)}" data-id="${esc(i.id)}">${bdi(incidentLabel(i))}</a>
      ${nd ? `<span class="badge dispute">${esc(T().disputedN(nd))}</span>` : ''}
      <div class="meta">${esc(i.date || T().dateUnknown)} · ${bdi(i.admin1 || T().govUnknown)} ·
      ${esc(T().reports(i.reports || 0))} · ${esc(T().killed)} ${fat
        ? `${esc(fat.best)}${fat.low !== fat.high ? ` (${esc(fat.low)}–${esc(fat.high)})` : ''}` : '—'}</div></li>`;
  }).join('') || `<li class="meta">${esc(T().none)}</li>`;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const first = total ? (page - 1) * PAGE + 1 : 0, last = Math.min(total, page * PAGE);
  $('#pager').innerHTML = total > PAGE ? `
    <button type="button" data-page="${page - 1}" ${page <= 1 ? 'disabled' : ''}>${esc(T().prev)}</button>
    <span class="meta">${esc(T().page(page, pages))} · ${esc(T().shown(first, last))}</span>
    <button type="button" data-page="${page + 1}" ${page >= pages ? 'disabled' : ''}>${esc(T().next)}</button>` : '';
  $$('#pager button').forEach(b => b.addEventListener('click', () => go(readState().filters, +b.dataset.page)));
}

function drawGovernorates(list) {
  const sel = $('#filters').elements.admin1;
  const cur = readState().filters.admin1 || '';
  const have = new Set([...sel.options].map(o => o.value));
  for (const [name] of (list || []).sort((a, b) => a[0].localeCompare(b[0]))) {
    if (have.has(name)) continue;
    const o = document.createElement('option');
    o.value = o.textContent = name;
    sel.append(o);
  }
  if (cur && !have.has(cur) && ![...sel.options].some(o => o.value === cur)) {
    const o = document.createElement('option');
    o.value = o.textContent = cur;
    sel.append(o);
  }
  sel.value = cur;
}

let inflight = null;
let drawn = 0;

/*
 * Fetch the page of the list and the map view of the current address, in
 * parallel; a newer call aborts an older one.  `window.rasdDrawn` counts
 * completed redraws (the benchmark and the tests wait on it).
 */
let lastSearch = null;
let lastMapQuery = null;

async function load() {
  const { filters, page } = readState();
  lastSearch = location.search;
  setForm(filters);
  if (inflight) inflight.abort();
  const ctl = new AbortController();
  inflight = ctl;
  const qs = new URLSearchParams(filters);
  const list = new URLSearchParams(qs);
  list.set('view', 'summary');
  list.set('sort', '-date');
  list.set('limit', PAGE);
  list.set('offset', (page - 1) * PAGE);
  const mapq = new URLSearchParams(qs);
  mapq.set('view', 'map');
  $('#list').setAttribute('aria-busy', 'true');
  /* another page of the same filters: the map and the timeline stand */
  const same = mapq.toString() === lastMapQuery;
  try {
    const [l, m] = await Promise.all([api('/api/incidents?' + list, ctl.signal),
      same ? null : api('/api/incidents?' + mapq, ctl.signal)]);
    if (ctl.signal.aborted) return;
    drawList(l, page);
    if (m) {
      drawGovernorates(m.admin1);
      drawMap(m.places || []);
      drawTimeline(m.timeline);
      lastMapQuery = mapq.toString();
    }
    /* when each redraw ended, for bench/review-page.sh */
    (window.rasdDrawTimes = window.rasdDrawTimes || []).push(performance.now());
    window.rasdDrawn = ++drawn;
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('#list').innerHTML = `<li class="meta" role="alert">${esc(T().cannotLoad)}: ${esc(e.message)}</li>`;
  } finally {
    if (inflight === ctl) {
      inflight = null;
      $('#list').removeAttribute('aria-busy');
    }
  }
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
 * The text with every span marked.  Spans may nest or overlap; the text is
 * cut at every span boundary and each piece marked with the most specific
 * span covering it, so marks never nest.  A span with an `id` gives its
 * first piece that id (the target of "evidence").
 */
function highlight(text, spans) {
  const idx = byteIndex(text);
  const ms = spans.map(s => ({ ...s, a: idx(s.span[0]), b: idx(s.span[1]) })).filter(m => m.b > m.a);
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
  const cls = { disputed: 'dispute', agreed: 'agree', varies: 'varies', single: 'single' }[state];
  return `<span class="badge ${cls}">${esc(T()[state])}</span>`;
}

/*
 * What the page knows of the reports: index by id, the original of each
 * copy, and a label (outlet · date).
 */
function reportsOf(inc, docs) {
  const byId = new Map(docs.map((d, di) => [d.id, { ...d, di }]));
  const copyOf = new Map((inc.duplicates || []).map(([c, o]) => [c, o]));
  const label = id => {
    const d = byId.get(id);
    return d ? `${d.outlet || d.id} · ${d.published || T().undated}` : id;
  };
  return { byId, copyOf, label };
}

let rowSeq = 0;

/*
 * One collapsed row and the reports behind it: "20 — Reuters, via 6
 * reports", with a button that shows a line per report and its evidence.
 */
function collapsedRow(R, source, says, refs, extraCls = '') {
  const docs = [...new Set(refs.map(r => r.doc))];
  const id = `rows-${++rowSeq}`;
  const first = refs.find(r => r.jump);
  let html = `<tr class="claim ${extraCls}"><td>${bdi(source)}</td><td>${says}</td><td>`;
  if (docs.length > 1) {
    html += `<button type="button" class="expand" aria-expanded="false" aria-controls="${id}">${esc(T().via(docs.length))}</button>`;
  } else {
    html += `<span class="meta">${bdi(docs.length ? R.label(docs[0]) : '')}</span>`;
  }
  html += `</td><td>${first ? `<button type="button" class="jump" data-jump="${esc(first.jump)}">${esc(T().evidence)}</button>` : ''}</td></tr>`;
  if (docs.length > 1) {
    html += `<tr class="reports" id="${id}" hidden><td colspan="4"><ul class="via">` + docs.map(d => {
      const r = refs.find(x => x.doc === d);
      const orig = R.copyOf.get(d);
      return `<li>${bdi(R.label(d))}${orig ? ` <span class="meta">(${esc(T().copyOf(R.label(orig)))})</span>` : ''}
        ${r && r.jump ? `<button type="button" class="jump" data-jump="${esc(r.jump)}">${esc(T().evidence)}</button>` : ''}</li>`;
    }).join('') + '</ul></td></tr>';
  }
  return html;
}

/* The evidence mark of claim c of event n of report doc, from its extraction. */
function claimJump(R, ref) {
  const d = R.byId.get(ref.doc);
  if (!d || !d.extraction) return null;
  const ev = (d.extraction.events || []).find(e => e.n === ref.n);
  const c = ev && (ev.claims || [])[ref.c];
  return c && c.span ? `m-${d.di}-${c.span[0]}` : null;
}

/*
 * A figure's tbody: one row per source with its latest total (copies and
 * repeats collapsed), its earlier figures by report time, its breakdown;
 * one line when every source agrees.
 */
function figureGroup(kind, accounts, inc, R) {
  const disputed = (inc.disputes || []).some(d => d.attribute === kind);
  const live = accounts.filter(a => a.latest && !a.superseded);
  const values = new Set(live.map(a => `${a.latest.qualifier}:${a.latest.value}:${a.latest.value_hi || ''}`));
  const state = disputed ? 'disputed' : values.size > 1 ? 'varies' : accounts.length > 1 ? 'agreed' : 'single';
  const label = T().kinds[kind] || kind;
  let html = `<tbody class="attr ${state}" data-kind="${esc(kind)}"><tr class="head"><th scope="rowgroup" colspan="4">${bdi(label)} ${badge(state)}</th></tr>`;
  if (state === 'agreed' && values.size === 1) {
    const a = live[0];
    const refs = accounts.flatMap(x => (x.latest ? x.latest.claims : []).map(c => ({ ...c, jump: claimJump(R, c) })));
    const who = whoOf(a.latest.who);
    html += `<tr class="agree-line"><td colspan="4"><b>${esc(figure(a.latest))}</b>${who ? ' ' + bdi(who) : ''} — ${bdi(accounts.map(x => x.source).join(', '))} · ${esc(T().agree(new Set(refs.map(r => r.doc)).size))}</td></tr>`;
  }
  for (const a of accounts) {
    const refs = [];
    const add = (e, lead) => {
      for (const c of e.claims) refs.push({ ...c, lead, jump: claimJump(R, c) });
    };
    let says = '';
    if (a.latest) {
      add(a.latest);
      const who = whoOf(a.latest.who);
      says += `<b>${esc(figure(a.latest))}</b>${who ? ' ' + bdi(who) : ''}`;
      if (a.history.length > 1)
        says += `<div class="history meta" title="${esc(T().earlier)}">${a.history.map(h =>
          `<span title="${esc(h.day || '')}">${esc(figure(h))}</span>`).join(' → ')}</div>`;
    } else {
      says += `<span class="meta">${esc(T().noFigure)}</span>`;
    }
    if (a.breakdown.length) {
      for (const b of a.breakdown) add(b.figure);
      says += `<div class="breakdown">${esc(T().ofWhom)}: ${a.breakdown.map(b =>
        `${esc(figure(b.figure))}${whoOf(b.figure.who) ? ' ' + bdi(whoOf(b.figure.who)) : ''}`).join(', ')}</div>`;
    }
    for (const d of a.denied) {
      add(d);
      says += `<div><span class="badge denied">${esc(T().denies)}</span> ${esc(figure(d))}</div>`;
    }
    if (a.superseded) says += `<div class="meta">${esc(T().superseded)}</div>`;
    const flag = a.disputed ? `${badge('disputed')}` : '';
    if (state === 'agreed' && values.size === 1 && !a.breakdown.length && !a.denied.length && a.history.length < 2)
      continue;
    html += collapsedRow(R, a.source, says + (flag ? ' ' + flag : ''), refs, a.disputed ? 'disputed-row' : '');
  }
  return html + '</tbody>';
}

/*
 * Each actor's participation: one row per (source, what it says), the
 * reports that carry it collapsed.
 */
function participationGroups(inc, docs, R, member) {
  const rows = new Map();
  docs.forEach(doc => {
    for (const ev of (doc.extraction || {}).events || []) {
      if (!member.has(`${doc.id}#${ev.n}`)) continue;
      for (const p of ev.participants || []) {
        const src = (p.source && p.source.name) || doc.outlet || doc.id;
        const st = p.denied ? 'didNot' : p.limited ? 'limited' : 'tookPart';
        const k = `${p.actor}\u0001${st}\u0001${src}`;
        if (!rows.has(k)) rows.set(k, { actor: p.actor, name: p.name || p.actor, st, src, refs: [] });
        rows.get(k).refs.push({ doc: doc.id, jump: p.span ? `m-${R.byId.get(doc.id).di}-${p.span[0]}` : null });
      }
    }
  });
  const byActor = new Map();
  for (const r of rows.values()) {
    if (!byActor.has(r.actor)) byActor.set(r.actor, { name: r.name, rows: [] });
    byActor.get(r.actor).rows.push(r);
  }
  let html = '';
  for (const [actor, g] of byActor) {
    const disputed = (inc.disputes || []).some(x => x.attribute === 'participation' &&
      (x.claims || []).some(c => c.actor === actor));
    const sts = new Set(g.rows.map(r => r.st));
    const state = disputed ? 'disputed' : sts.size > 1 ? 'varies' : new Set(g.rows.map(r => r.src)).size > 1 ? 'agreed' : 'single';
    html += `<tbody class="attr ${state}" data-actor="${esc(actor)}"><tr class="head"><th scope="rowgroup" colspan="4">${bdi(T().part(g.name))} ${badge(state)}</th></tr>`;
    /* a source's claims together: its rows in order of source, then state */
    g.rows.sort((a, b) => a.src.localeCompare(b.src) || a.st.localeCompare(b.st));
    for (const r of g.rows)
      html += collapsedRow(R, r.src, `<span class="${r.st === 'tookPart' ? 'yes' : 'no'}">${esc(T()[r.st])}</span>`, r.refs);
    html += '</tbody>';
  }
  return html;
}

/*
 * Places that do not contradict: every report names one place, or an area
 * that holds it (its governorate or district, or for a landmark or quarter
 * the town of its subdistrict under 10 km away: Homs for the Homs Military
 * College).  Returns the finest
 * value and how many reports name only a wider area, or null.
 */
function widerPlaces(vals) {
  if (vals.size < 2) return null;
  const entries = [...vals];
  // a landmark or quarter is in the town of its subdistrict a few km away
  const near = (a, b) => a.lat != null && b.lat != null &&
    Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos(a.lat * Math.PI / 180)) * 111 < 10;
  const inTown = (fine, p) => ['landmark', 'neighbourhood'].includes(fine.kind) &&
    ['city', 'town', 'village'].includes(p.kind) && p.admin3_id && p.admin3_id === fine.admin3_id && near(fine, p);
  const holds = (fine, p) => p && fine && (p.id === fine.id ||
    [fine.admin1_id, fine.admin2_id, fine.admin3_id].includes(p.id) || inTown(fine, p));
  for (const e of entries) {
    const fine = e[1][0].place;
    if (!fine || !entries.every(([, refs]) => refs.every(r => holds(fine, r.place)))) continue;
    const others = entries.filter(x => x !== e);
    const docs = new Set(others.flatMap(([, refs]) => refs.map(r => r.doc)));
    return { fine: e, n: docs.size, names: others.map(([v]) => v) };
  }
  return null;
}

/*
 * Date, place, type and perpetrator as each report gives them: one line
 * when every report that states it agrees, else a row per value; reports
 * that do not state it are left out.
 */
function attributeGroups(inc, docs, R, member) {
  const attrs = [
    { key: 'date', label: T().date, dispute: 'date',
      val: ev => ev.date ? (ev.date_last && ev.date_last !== ev.date ? `${ev.date} – ${ev.date_last}` : ev.date) : null,
      span: () => null },
    { key: 'place', label: T().place, dispute: 'location',
      val: ev => ev.place ? `${placeName(ev.place)}${ev.place.admin1 && ev.place.admin1 !== ev.place.name ? `, ${ev.place.admin1}` : ''}` : null,
      span: ev => ev.place && ev.place.span },
    { key: 'type', label: T().etype, dispute: null,
      val: ev => ev.event_type ? `${typeName(ev.event_type)}${ev.sub_event_type ? ` (${ev.sub_event_type})` : ''}` : null,
      span: () => null },
    { key: 'perpetrator', label: T().perpetrator, dispute: 'perpetrator',
      val: ev => {
        const a1 = (ev.actors || []).find(a => a.role === 'actor1');
        return a1 ? a1.name || a1.id : null;
      }, span: () => null },
  ];
  let html = '';
  for (const A of attrs) {
    const vals = new Map();
    docs.forEach(doc => {
      for (const ev of (doc.extraction || {}).events || []) {
        if (!member.has(`${doc.id}#${ev.n}`)) continue;
        const v = A.val(ev);
        if (v == null) continue;
        if (!vals.has(v)) vals.set(v, []);
        const s = A.span(ev);
        vals.get(v).push({ doc: doc.id, jump: s ? `m-${R.byId.get(doc.id).di}-${s[0]}` : null,
          place: A.key === 'place' ? ev.place : null });
      }
    });
    if (!vals.size) continue;
    const disputed = A.dispute && (inc.disputes || []).some(d => d.attribute === A.dispute);
    const nrep = new Set([...vals.values()].flat().map(r => r.doc)).size;
    const wide = disputed ? null : widerPlaces(vals);
    if (wide) {
      const [v, refs] = wide.fine;
      html += `<tbody class="attr agreed" data-attr="${A.key}"><tr class="head agree-line"><th scope="rowgroup" colspan="3">${bdi(A.label)}: ${bdi(v)} — ${esc(T().agree(nrep))}; ${esc(T().wider(wide.n, wide.names.join(', ')))}</th>
        <td>${refs[0].jump ? `<button type="button" class="jump" data-jump="${esc(refs[0].jump)}">${esc(T().evidence)}</button>` : ''}</td></tr></tbody>`;
      continue;
    }
    const state = disputed ? 'disputed' : vals.size > 1 ? 'varies' : nrep > 1 ? 'agreed' : 'single';
    html += `<tbody class="attr ${state}" data-attr="${A.key}">`;
    if (vals.size === 1) {
      const [[v, refs]] = [...vals];
      html += `<tr class="head agree-line"><th scope="rowgroup" colspan="3">${bdi(A.label)}: ${bdi(v)} — ${esc(nrep > 1 ? T().agree(nrep) : T().oneReport)}</th>
        <td>${refs[0].jump ? `<button type="button" class="jump" data-jump="${esc(refs[0].jump)}">${esc(T().evidence)}</button>` : ''}</td></tr>`;
    } else {
      html += `<tr class="head"><th scope="rowgroup" colspan="4">${bdi(A.label)} ${badge(state)}</th></tr>`;
      for (const [v, refs] of vals) {
        const outlets = [...new Set(refs.map(r => (R.byId.get(r.doc) || {}).outlet || r.doc))].join(', ');
        html += collapsedRow(R, outlets, bdi(v), refs);
      }
    }
    html += '</tbody>';
  }
  return html;
}

let lastListFocus = null;

async function showIncident(id) {
  const box = $('#incident');
  $('#overview').hidden = true;
  box.hidden = false;
  box.innerHTML = '<p class="meta">…</p>';
  let data;
  try {
    data = await api('/api/incidents/' + encodeURIComponent(id));
  } catch (e) {
    box.innerHTML = `<p><a href="#/">${esc(T().back)}</a></p><p role="alert">${esc(T().cannotIncident)}: ${esc(e.message)}</p>`;
    return;
  }
  const inc = data.incident, fat = inc.fatalities || {};
  const docs = data.documents || [];
  const R = reportsOf(inc, docs);
  const member = new Set((inc.events || []).map(e => `${e.doc}#${e.n}`));
  const nr = (inc.documents || []).length;
  const brief = `/api/export?format=brief&incident=${encodeURIComponent(inc.id)}&lang=${LANG}`;
  let html = `<p><a href="#/" class="back">${esc(T().back)}</a></p>
    <h2 tabindex="-1">${bdi(incidentLabel(inc))}</h2>
    <div class="meta">${esc(inc.sub_event_type || '')} · ${esc(inc.date || T().dateUnknown)}${inc.date_last && inc.date_last !== inc.date ? ' – ' + esc(inc.date_last) : ''}
      · ${bdi(inc.admin1 || '')} · ${esc(T().reports(nr))}</div>
    <p class="actions"><a class="button" id="brief-md" href="${esc(brief)}" download="brief-${esc(inc.id)}.md">${esc(T().brief)}</a>
      <a href="${esc(brief)}&amp;as=html" target="_blank" rel="noopener">${esc(T().briefHtml)}</a></p>
    <div class="fatal" role="group" aria-label="${esc(T().killed)}">
      <div><b>${fat.low != null ? esc(fat.low) : '—'}</b>${esc(T().low)}</div>
      <div class="best"><b>${fat.best != null ? esc(fat.best) : '—'}</b>${esc(T().best)}</div>
      <div><b>${fat.high != null ? esc(fat.high) : '—'}</b>${esc(T().high)}</div>
    </div>
    <h3>${esc(T().truth)}</h3>
    <table class="truth"><caption class="visually-hidden">${esc(T().truthCaption)}</caption>
    <thead><tr><th scope="col">${esc(T().colSource)}</th><th scope="col">${esc(T().colSays)}</th><th scope="col">${esc(T().colReports)}</th><th scope="col"><span class="visually-hidden">${esc(T().evidence)}</span></th></tr></thead>`;
  for (const [kind, accounts] of Object.entries(inc.accounts || {})) html += figureGroup(kind, accounts, inc, R);
  html += participationGroups(inc, docs, R, member);
  html += attributeGroups(inc, docs, R, member);
  html += '</table>';
  const seen = new Set();
  const disputes = (inc.disputes || []).filter(d => {
    const k = `${d.attribute}|${d.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (disputes.length)
    html += `<h3>${esc(T().disputes)}</h3><ul class="disputes">` +
      disputes.map(d => `<li><b>${esc(T().kinds[d.attribute] || d.attribute)}</b>: ${bdi(d.detail)}</li>`).join('') + '</ul>';
  const L_ = T().legend;
  html += `<h3>${esc(T().reportsEvidence)}</h3>
    <p class="legend meta"><mark class="figure">${esc(L_[0])}</mark> <mark class="source">${esc(L_[1])}</mark>
    <mark class="actor">${esc(L_[2])}</mark> <mark class="place">${esc(L_[3])}</mark> <mark class="sentence">${esc(L_[4])}</mark></p>`;
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
    const orig = R.copyOf.get(doc.id);
    html += `<article class="doc" id="doc-${di}-box" aria-labelledby="doc-${di}"><h4 id="doc-${di}">${bdi(doc.title || doc.outlet || doc.id)}</h4>
      <div class="meta">${bdi(doc.outlet || '')} · ${esc(doc.published || T().undated)} · ${esc(doc.lang || '')} · id ${bdi(doc.id)}
      ${orig ? ` · ${esc(T().copyOf(R.label(orig)))}` : ''}
      ${doc.url && /^https?:\/\//.test(doc.url) ? ` · <a href="${esc(doc.url)}" rel="noopener noreferrer">${esc(T().original)}</a>` : ''}</div>
      <div class="text" dir="${rtl ? 'rtl' : 'ltr'}" lang="${esc(doc.lang || '')}">${highlight(doc.text || '', spans)}</div></article>`;
  });
  box.innerHTML = html;
  box.querySelectorAll('button.expand').forEach(b => b.addEventListener('click', () => {
    const open = b.getAttribute('aria-expanded') !== 'true';
    b.setAttribute('aria-expanded', String(open));
    document.getElementById(b.getAttribute('aria-controls')).hidden = !open;
  }));
  box.querySelectorAll('button.jump').forEach(b => b.addEventListener('click', () => {
    const m = document.getElementById(b.dataset.jump);
    if (!m) return;
    m.scrollIntoView({ behavior: 'smooth', block: 'center' });
    m.classList.add('flash');
    m.focus({ preventScroll: true });
    setTimeout(() => m.classList.remove('flash'), 1600);
  }));
  window.scrollTo(0, 0);
  $('h2', box).focus({ preventScroll: true });
}

/* ---- routes and keys ---------------------------------------------------- */

function route() {
  const m = location.hash.match(/^#\/incident\/(.+)$/);
  if (m) {
    showIncident(decodeURIComponent(m[1]));
  } else {
    $('#incident').hidden = true;
    $('#overview').hidden = false;
    if (map) map.invalidateSize();
    if (lastListFocus) {
      const a = $(`#list a[data-id="${CSS.escape(lastListFocus)}"]`);
      if (a) a.focus();
    }
  }
}

function onKey(e) {
  const tag = (e.target.tagName || '').toLowerCase();
  const typing = tag === 'input' || tag === 'select' || tag === 'textarea';
  if (e.key === 'Escape') {
    if (typing) {
      e.target.blur();
      return;
    }
    if (!$('#incident').hidden) {
      e.preventDefault();
      location.hash = '#/';
    }
    return;
  }
  if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === '/') {
    e.preventDefault();
    if (!$('#incident').hidden) location.hash = '#/';
    $('#filters').elements.q.focus();
    return;
  }
  if ($('#overview').hidden) return;
  const links = $$('#list li a');
  const i = links.indexOf(document.activeElement);
  if (e.key === 'ArrowDown' || e.key === 'j') {
    e.preventDefault();
    (links[Math.min(links.length - 1, i + 1)] || links[0]).focus();
  } else if (e.key === 'ArrowUp' || e.key === 'k') {
    e.preventDefault();
    (links[Math.max(0, i - 1)] || links[0]).focus();
  } else if (e.key === ']' || e.key === '[') {
    const b = $(`#pager button[data-page="${readState().page + (e.key === ']' ? 1 : -1)}"]`);
    if (b && !b.disabled) b.click();
  }
}

let typingTimer = null;

function init() {
  applyLanguage();
  const form = $('#filters');
  form.addEventListener('submit', e => {
    e.preventDefault();
    go(formFilters(), 1);
  });
  form.addEventListener('reset', () => setTimeout(() => go({}, 1), 0));
  /* filters apply as they change; the text after a pause in typing */
  form.addEventListener('change', e => { if (e.target.name !== 'q') go(formFilters(), 1); });
  form.elements.q.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(formFilters(), 1), 400);
  });
  window.addEventListener('hashchange', route);
  /* back and forward: redraw when the filters or the page changed (a
   * change of the fragment alone is the incident, handled by route) */
  window.addEventListener('popstate', () => {
    if (location.search === lastSearch) return;
    LANG = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';
    applyLanguage();
    load();
  });
  document.addEventListener('keydown', onKey);
  /* the incident last chosen in the list gets the focus back on return */
  $('#list').addEventListener('focusin', e => {
    const a = e.target.closest('a[data-id]');
    if (a) lastListFocus = a.dataset.id;
  });
  initMap().then(load).then(route);
}

init();
