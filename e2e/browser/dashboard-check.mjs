// Opens the dashboard in Debian's headless Chromium (driven by playwright-core) and prints, as one JSON line, what a
// person would see there, for DashboardBrowserIT to assert on. It asserts nothing itself.
//
//   node dashboard-check.mjs <link with #token=…> [screenshot.png]
//
// CHROMIUM names the browser (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const [link, screenshot] = process.argv.slice(2);
if (!link) {
  console.error('usage: node dashboard-check.mjs <link> [screenshot.png]');
  process.exit(2);
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// As root in a container Chromium needs --no-sandbox; the rest keep it off the network it has no business with.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const text = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(link);
  await page.waitForSelector('body[data-loaded]', { timeout: 60_000 });

  const seen = await page.evaluate(() => {
    const t = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
    const figures = Object.fromEntries([...document.querySelectorAll('#figures > div')]
      .map((d) => [t(d.querySelector('dt').textContent), t(d.querySelector('dd').textContent)]));
    const tables = [...document.querySelectorAll('table')].map((table) => ({
      caption: t(table.caption?.textContent),
      rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => t(cell.textContent))),
    }));
    const charts = [...document.querySelectorAll('canvas')].map((canvas) => ({
      label: canvas.getAttribute('aria-label'),
      // the table behind the chart: the next table after the chart in the same section
      tableBehind: !!canvas.closest('.chart')?.nextElementSibling?.querySelector('table'),
      drawn: canvas.width > 0 && canvas.height > 0,
    }));
    return {
      loaded: document.body.dataset.loaded,
      title: t(document.getElementById('project-title').textContent),
      figures,
      tables,
      charts,
      timeline: [...document.querySelectorAll('.timeline li')].map((li) => t(li.textContent)),
      warnings: [...document.querySelectorAll('#warning-list li')].map((li) => t(li.textContent)),
      warningsShown: !document.getElementById('warnings').hidden,
      unavailable: [...document.querySelectorAll('.unavailable')].map((p) => t(p.textContent)),
      mapCounties: document.querySelectorAll('#participation svg path.county').length,
      mapTitle: t(document.querySelector('#participation svg title')?.textContent),
      address: location.href,
      tokenInStorage: !!sessionStorage.getItem('samverkan.token'),
    };
  });

  // keyboard: the first Tab reaches the skip link, the next the project picker
  await page.keyboard.press('Tab');
  const firstTab = await page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.keyboard.press('Tab');
  const secondTab = await page.evaluate(() => document.activeElement?.id);

  await page.addScriptTag({ path: axePath });
  const axe = await page.evaluate(async () => {
    // open the folded tables so that they are checked too
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  if (screenshot) {
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => { d.open = false; });
      document.activeElement?.blur();
    });
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  // a phone's width: nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = await page.evaluate(async () => {
    // the charts follow the new width on the next frames (ResizeObserver)
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const wide = [...document.querySelectorAll('body *')].filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, wide };
  });
  if (process.env.PHONE_SCREENSHOT) await page.screenshot({ path: process.env.PHONE_SCREENSHOT, fullPage: true });

  const origins = [...new Set(requests.map((u) => new URL(u).origin))];
  console.log(JSON.stringify({ ...seen, firstTab: text(firstTab), secondTab, axe, phone, consoleErrors, origins }));
} finally {
  await browser.close();
}
