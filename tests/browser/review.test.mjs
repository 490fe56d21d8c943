// The review page end to end: start `rasd serve` on a free loopback port
// with a fresh SQLite store, post the seed report and a second report of the
// Jasim operation, then in headless Chromium open the page, open the Jasim
// incident, and check that both figures and the dispute are shown.
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

test('the incident list and map show the stored incidents', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForSelector('#list li a');
  const items = await page.locator('#list li').count();
  assert.ok(items >= 2, `expected incidents, got ${items}`);
  assert.ok(await page.locator('#map .leaflet-interactive').count() > 0, 'no markers or shapes on the map');
  assert.ok(await page.locator('#timeline rect').count() > 0, 'no timeline bars');
  assert.ok(await page.locator('#map path.leaflet-interactive').count() >= 2, 'no incident circles');
  await page.screenshot({ path: join(shots, 'rasd-overview.png'), fullPage: true });
  // A text filter narrows the list; Clear brings it back.
  await page.fill('#filters input[name=q]', 'Jasim');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(n => document.querySelectorAll('#list li a').length < n, items);
  await page.click('#filters button[type=reset]');
  await page.waitForFunction(n => document.querySelectorAll('#list li a').length === n, items);
  assert.deepEqual(offsite, [], 'the page reached outside the server');
  await page.close();
});

test('the Jasim incident sets both reports and their figures side by side, with the dispute', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForSelector('#list li a');
  // The incident that holds both reports.
  const r = await fetch(`${base}/api/incidents`);
  const { incidents } = await r.json();
  const joint = incidents.find(i => i.documents.includes('seed') && i.documents.includes('jasim-en'));
  assert.ok(joint, 'the two reports were not joined into one incident');
  await page.click(`a[href="#/incident/${joint.id}"]`);
  await page.waitForSelector('table.truth');
  // Killed: one row per source, both figures, marked disputed.
  const killed = page.locator('table.truth tbody.attr', { hasText: 'Killed' }).first();
  const killedText = await killed.innerText();
  assert.match(killedText, /TASS\s+20 militants/);
  assert.match(killedText, /local sources\s+about 10/);
  assert.ok(await killed.locator('.badge.dispute').count() === 1, 'killed not marked disputed');
  assert.match(await killed.getAttribute('class'), /disputed/);
  // Russian participation: asserted by TASS, denied by local sources.
  const russia = page.locator('table.truth tbody.attr', { hasText: 'Took part: Russian forces' });
  assert.match(await russia.innerText(), /TASS\s+took part/);
  assert.match(await russia.innerText(), /local sources\s+did not take part/);
  assert.ok(await russia.locator('.badge.dispute').count() === 1, 'participation not disputed');
  // Date and place rows, one per report.
  assert.ok(await page.locator('table.truth tbody.attr', { hasText: 'Place' }).locator('td', { hasText: 'Jasim' }).count() >= 2);
  assert.match(await page.locator('.disputes').innerText(), /20 \([^)]*TASS[^)]*\) vs about 10 \(local sources\)/);
  // The regime's part: run by it (Ministry of Information) vs only two shells (the outlet).
  const regime = page.locator('table.truth tbody.attr', { hasText: 'Took part: Syrian government forces' });
  assert.match(await regime.innerText(), /Syrian Ministry of Information\s+took part/);
  assert.match(await regime.innerText(), /only a limited part/);
  assert.match(await page.locator('.disputes').innerText(), /Syrian government forces: took part \([^)]*Ministry of Information[^)]*\) vs only a limited part/);
  // Both reports with their evidence; the Arabic one right to left.
  assert.equal(await page.locator('article.doc').count(), 2);
  assert.equal(await page.locator('.text[dir="rtl"]').count(), 1, 'Arabic text not right to left');
  // Byte offsets became the right string indexes: the marks hold the figures.
  const en = await page.locator('.text[dir="ltr"] mark.figure').allInnerTexts();
  assert.ok(en.includes('20') && en.includes('about ten'), `English figures: ${en}`);
  const ar = await page.locator('.text[dir="rtl"] mark.figure').allInnerTexts();
  assert.ok(ar.includes('نحو عشرة'), `Arabic figures: ${ar}`);
  assert.ok(ar.includes('20'), `Arabic figures: ${ar}`);
  // "evidence" jumps to the highlighted figure in the report.
  await killed.locator('button.jump').first().click();
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.tagName);
  assert.equal(focused, 'MARK');
  await page.screenshot({ path: join(shots, 'rasd-incident.png'), fullPage: true });
  assert.deepEqual(offsite, [], 'the page reached outside the server');
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
