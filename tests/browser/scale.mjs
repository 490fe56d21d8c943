// The review page on a large store (bench/bench_store.c): opens the page,
// filters it by governorate, by text and pages it, in headless Chromium,
// and prints the times as one JSON line:
//   first_list_ms   navigation start to the first list and map drawn
//   filter_ms       a governorate chosen to the list and map redrawn
//   text_ms         a text typed (after the page's pause) to redrawn
//   page_ms         "next" to the second page drawn
//   incident_ms     an incident opened to its table drawn
// It checks what it measures: the total shown is the store's, the map
// holds clustered markers (not one per incident), the address carries the
// filter, and no request leaves the server.  Times are printed, never
// asserted.
//
// usage: node scale.mjs BASE_URL EXPECTED_TOTAL
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, expected] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'rasd-scale-'));
const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const offsite = [];
await browser.route(url => !url.href.startsWith(base), route => {
  offsite.push(route.request().url());
  return route.abort();
});
const page = await browser.newPage();
const drawn = n => page.waitForFunction(k => window.rasdDrawn >= k, n, { timeout: 600000 });
const last = () => page.evaluate(() => window.rasdDrawTimes[window.rasdDrawTimes.length - 1]);
const now = () => page.evaluate(() => performance.now());
const times = {};

await page.goto(base + '/');
await drawn(1);
times.first_list_ms = Math.round(await last());
const total = +(await page.locator('#count').innerText()).replace(/[^\d]/g, '');
assert.equal(total, +expected, `the page shows ${total} incidents`);
assert.equal(await page.locator('#list li a').count(), 100);
const icons = await page.locator('#map .leaflet-marker-icon').count();
assert.ok(icons > 0 && icons < 2000, `${icons} markers drawn`);

// a governorate
const gov = await page.locator('#filters select[name=admin1] option').nth(1).getAttribute('value');
let t0 = await now();
await page.selectOption('#filters select[name=admin1]', gov);
await drawn(2);
times.filter_ms = Math.round((await last()) - t0);
const filtered = +(await page.locator('#count').innerText()).replace(/[^\d]/g, '');
assert.ok(filtered > 0 && filtered < total, `filtered ${filtered}`);
assert.ok(page.url().includes('admin1='), 'the filter is not in the address');

// a text search: the page waits for a pause in typing before it asks
t0 = await now();
await page.fill('#filters input[name=q]', 'Synthetic');
await drawn(3);
times.text_ms = Math.round((await last()) - t0);

// the next page
t0 = await now();
await page.click('#pager button[data-page="2"]');
await drawn(4);
times.page_ms = Math.round((await last()) - t0);
assert.match(page.url(), /page=2/);

// an incident
t0 = await now();
await page.locator('#list li a').first().click();
await page.waitForSelector('table.truth', { timeout: 600000 });
times.incident_ms = Math.round((await now()) - t0);

assert.deepEqual(offsite, [], 'the page reached outside the server');
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ incidents: total, filtered, ...times }));
