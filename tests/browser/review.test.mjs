// The review page end to end: start `rasd serve` on a free loopback port
// with a fresh SQLite store, post the seed report, a second report of the
// Jasim operation, a wire story with five copies and the Homs academy
// reports of the dev set; then in headless Chromium: the list, map and
// timeline, filters in the address, keyboard navigation, the Jasim
// incident's figures and disputes, copies collapsed into one row, a rising
// toll as one row with its history, and the page in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const rasd = process.env.RASD;
const shared = process.env.RASD_SHARED;
const dir = mkdtempSync(join(tmpdir(), 'rasd-browser-'));
let server, base, browser;
const offsite = [];
const shots = process.env.RASD_SCREENSHOTS || tmpdir();

before(async () => {
  server = spawn(rasd, ['serve', '--db', join(dir, 'rasd.db'), '--listen', '127.0.0.1:0',
    '--token', 'test-token'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', d => {
      out += d;
      const m = out.match(/^(\d+)\n/);
      if (m) resolve(m[1]);
    });
    server.on('exit', code => reject(new Error(`rasd serve exited ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
  const post = async doc => {
    const r = await fetch(`${base}/api/documents`, {
      method: 'POST', body: JSON.stringify(doc),
      headers: { Authorization: 'Bearer test-token', 'Content-Type': 'application/json' },
    });
    assert.equal(r.status, 201, await r.text());
  };
  await post({ id: 'seed', outlet: 'enabbaladi.net', lang: 'ar', published: '2022-10-17',
    text: readFileSync(join(shared, 'seed', 'enab-baladi-2022-10-17.txt'), 'utf8') });
  await post({ id: 'jasim-en', outlet: 'example-wire', lang: 'en', published: '2022-10-17',
    title: 'Russian, Syrian forces kill 20 Islamic State militants in Daraa',
    text: 'Russian forces and Syrian government forces killed 20 Islamic State militants in a ' +
      'security operation in the town of Jasim in Daraa province, southern Syria, TASS reported on Monday.\n' +
      'The operation in Jasim began on October 14, according to TASS.\n' +
      'Local sources in Jasim said about ten militants were killed in the clashes and that no ' +
      'Russian forces took part in the operation.\n' });
  // One wire story and five copies of it (a line of credit added).
  const wire = 'Russian and Syrian government forces killed 20 Islamic State militants in a security operation ' +
    'in the town of Jasim in Daraa province in southern Syria on Friday, Reuters reported on Monday. ' +
    'The operation targeted cells that had attacked an army bus earlier in the week. ' +
    'Local residents said the fighting lasted several days and that many families had fled the town.';
  for (let i = 0; i < 6; i++)
    await post({ id: `wire-${i}`, outlet: i ? `news${i}.example` : 'reuters.com', lang: 'en',
      published: '2022-10-18', text: wire + (i ? ` (news${i})` : '') });
  // The Homs academy reports of the dev set, read at run time.
  for (const line of readFileSync(join(shared, 'data', 'dev', 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    if (/^h06[2-9]$/.test(doc.id)) await post(doc);
  }
  // A fresh profile each run: no state, no first-run or sync traffic.
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Offline: any request that leaves the server under test fails the test.
  await browser.route(url => !url.href.startsWith(base), route => {
    offsite.push(route.request().url());
    return route.abort();
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('the incident list and map show the stored incidents; filters live in the address', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => window.rasdDrawn >= 1);
  const items = await page.locator('#list li a').count();
  assert.ok(items >= 2, `expected incidents, got ${items}`);
  assert.ok(await page.locator('#map .leaflet-marker-icon').count() > 0, 'no markers on the map');
  assert.ok(await page.locator('#timeline rect').count() > 0, 'no timeline bars');
  assert.match(await page.locator('#count').innerText(), /\d+ incidents?/);
  await page.screenshot({ path: join(shots, 'rasd-overview.png'), fullPage: true });
  // A text filter narrows the list as it is typed, without reloading the page.
  await page.evaluate(() => { window.notReloaded = true; });
  await page.fill('#filters input[name=q]', 'Jasim');
  await page.waitForFunction(n => document.querySelectorAll('#list li a').length < n, items);
  assert.ok(await page.evaluate(() => window.notReloaded), 'the page reloaded');
  assert.match(page.url(), /[?&]q=Jasim/);
  // The address carries the view: opened anew, it shows the same list.
  const again = await browser.newPage();
  await again.goto(page.url());
  await again.waitForFunction(() => window.rasdDrawn >= 1);
  assert.equal(await again.inputValue('#filters input[name=q]'), 'Jasim');
  assert.equal(await again.locator('#list li a').count(), await page.locator('#list li a').count());
  await again.close();
  await page.click('#filters button[type=reset]');
  await page.waitForFunction(n => document.querySelectorAll('#list li a').length === n, items);
  assert.doesNotMatch(page.url(), /q=Jasim/);
  assert.deepEqual(offsite, [], 'the page reached outside the server');
  await page.close();
});

test('keyboard: move through the list, open an incident, come back', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => window.rasdDrawn >= 1);
  await page.keyboard.press('j');
  const first = await page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(first, 'j did not focus the first incident');
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(second && second !== first, 'ArrowDown did not move');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.truth');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#overview:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.dataset && document.activeElement.dataset.id), second,
    await page.evaluate(() => document.activeElement.outerHTML.slice(0, 200)));
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'q');
  await page.close();
});

test('the Jasim incident sets both reports and their figures side by side, with the dispute', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => window.rasdDrawn >= 1);
  // The incident that holds both reports.
  const r = await fetch(`${base}/api/incidents`);
  const { incidents } = await r.json();
  const joint = incidents.find(i => i.documents.includes('seed') && i.documents.includes('jasim-en'));
  assert.ok(joint, 'the two reports were not joined into one incident');
  await page.goto(`${base}/#/incident/${joint.id}`);
  await page.waitForSelector('table.truth');
  // Killed: one row per source, both figures, marked disputed.
  const killed = page.locator('table.truth tbody[data-kind=killed]');
  const killedText = await killed.innerText();
  assert.match(killedText, /TASS\s+20/);
  assert.match(killedText, /local sources\s+about 10/);
  assert.match(await killed.getAttribute('class'), /disputed/);
  // Russian participation: asserted by TASS, denied by local sources.
  const russia = page.locator('table.truth tbody[data-actor=russia_forces]');
  assert.match(await russia.innerText(), /TASS\s+took part/);
  assert.match(await russia.innerText(), /local sources\s+did not take part/);
  assert.match(await russia.getAttribute('class'), /disputed/);
  // Place: both reports agree, one line; nothing "not stated".
  assert.match(await page.locator('tbody[data-attr=place]').innerText(), /Place: Jasim.* — 8 reports agree/);
  assert.doesNotMatch(await page.locator('table.truth').innerText(), /not stated/);
  assert.match(await page.locator('.disputes').innerText(), /20 \([^)]*TASS[^)]*\) vs about 10 \(local sources\)/);
  const regime = page.locator('table.truth tbody[data-actor=syria_regime]');
  assert.match(await regime.innerText(), /Syrian Ministry of Information\s+took part/);
  assert.match(await regime.innerText(), /only a limited part/);
  // Both reports with their evidence; the Arabic one right to left.
  assert.equal(await page.locator('article.doc').count(), 8);
  assert.equal(await page.locator('.text[dir="rtl"]').count(), 1, 'Arabic text not right to left');
  const en = await page.locator('.text[dir="ltr"] mark.figure').allInnerTexts();
  assert.ok(en.includes('20') && en.includes('about ten'), `English figures: ${en}`);
  const ar = await page.locator('.text[dir="rtl"] mark.figure').allInnerTexts();
  assert.ok(ar.includes('نحو عشرة'), `Arabic figures: ${ar}`);
  // "evidence" jumps to the highlighted figure in the report.
  await killed.locator('button.jump').first().click();
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.tagName), 'MARK');
  // "Download brief": the fact-check brief of this incident.
  const href = await page.getAttribute('#brief-md', 'href');
  const brief = await (await fetch(base + href)).text();
  assert.match(brief, /^# What is the truth\?/);
  assert.match(brief, /Where the sources contradict each other/);
  await page.screenshot({ path: join(shots, 'rasd-incident.png'), fullPage: true });
  assert.deepEqual(offsite, [], 'the page reached outside the server');
  await page.close();
});

test('copies of one wire story are one row that opens to the reports', async () => {
  const page = await browser.newPage();
  const r = await fetch(`${base}/api/incidents`);
  // the wire story joins the Jasim incident: same town, same days
  const joint = (await r.json()).incidents.find(i => i.documents.includes('wire-0'));
  assert.ok(joint, 'no incident of the wire story');
  assert.equal(joint.duplicates.length, 5, 'the copies were not found');
  await page.goto(`${base}/#/incident/${joint.id}`);
  await page.waitForSelector('table.truth');
  const rows = page.locator('tbody[data-kind=killed] tr.claim');
  // Reuters' 20: the wire story, its five copies and the seed report citing it
  const row = await rows.filter({ hasText: /^Reuters/ }).first().innerText();
  assert.match(row, /^Reuters\s+20/);
  assert.match(row, /via 7 reports/);
  assert.equal(await rows.filter({ hasText: /^Reuters/ }).count(), 1, 'Reuters is not one row');
  const button = rows.filter({ hasText: /^Reuters/ }).first().locator('button.expand');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const reports = page.locator('tbody[data-kind=killed] tr.reports:not([hidden]) li');
  assert.equal(await reports.count(), 7);
  assert.equal(await reports.filter({ hasText: 'copy of' }).count(), 5);
  await page.screenshot({ path: join(shots, 'rasd-copies.png'), fullPage: true });
  await page.close();
});

test('a rising toll is one row per source, with its history and the agreeing place on one line', async () => {
  const page = await browser.newPage();
  const r = await fetch(`${base}/api/incidents`);
  const homs = (await r.json()).incidents.find(i => i.documents.includes('h064'));
  assert.ok(homs, 'no Homs incident');
  await page.goto(`${base}/#/incident/${homs.id}`);
  await page.waitForSelector('table.truth');
  const killed = page.locator('tbody[data-kind=killed]');
  const sohr = killed.locator('tr.claim', { hasText: 'Syrian Observatory for Human Rights' });
  assert.equal(await sohr.count(), 1, 'the Observatory is not one row');
  const text = await sohr.innerText();
  assert.match(text, /123/);
  assert.match(text, /7 → .*78.* → 123/);
  assert.match(text, /among them: .*39 children/);
  // low/best/high from the latest totals: never the early 7 or a subgroup
  const low = +(await page.locator('.fatal div').first().locator('b').innerText());
  assert.ok(low >= 54, `low ${low}`);
  assert.match(await page.locator('tbody[data-attr=place]').innerText(), /Homs Military College.* — \d+ reports agree/);
  assert.doesNotMatch(await page.locator('table.truth').innerText(), /not stated/);
  await page.close();
});

test('the page in Arabic, right to left', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/?lang=ar');
  await page.waitForFunction(() => window.rasdDrawn >= 1);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.match(await page.locator('#count').innerText(), /الحوادث/);
  assert.match(await page.locator('#filters button[type=submit]').innerText(), /تصفية/);
  await page.locator('#list li a').first().click();
  await page.waitForSelector('table.truth');
  assert.match(await page.locator('#incident').innerText(), /ما الحقيقة/);
  assert.match(page.url(), /lang=ar/);
  const brief = await page.getAttribute('#brief-md', 'href');
  assert.match(brief, /lang=ar/);
  await page.screenshot({ path: join(shots, 'rasd-arabic.png'), fullPage: true });
  await page.close();
});

test('the API refuses writes without the token and explains bad input', async () => {
  let r = await fetch(`${base}/api/documents`, { method: 'POST', body: '{"text":"x"}' });
  assert.equal(r.status, 401);
  r = await fetch(`${base}/api/documents`, {
    method: 'POST', body: '{"text":', headers: { Authorization: 'Bearer test-token' } });
  assert.equal(r.status, 400);
  assert.ok((await r.json()).error);
  r = await fetch(`${base}/api/incidents/nope`);
  assert.equal(r.status, 404);
});
