// serve-check.mjs: a writer's session with `lawrpt serve`, in headless Chromium (through
// playwright-core). Run by scripts/serve-check.sh and scripts/serve-bench.sh, which start the
// server and install what this needs.
//
//   node serve-check.mjs URL REPORT.yaml SHOTS_DIR [ROUNDS]
//
// Opens URL; saves REPORT.yaml ROUNDS times (default 1) with a new sentence, by writing a file
// beside it and renaming it over (as vim and VS Code save), and asserts each time that the
// page reloaded by itself (nobody navigates) and shows the sentence; then saves a broken
// report and asserts the error overlay appears over the last good page with the rule id, the
// file:line:col, the source line and caret and the hint, screenshots it (desktop and phone
// widths), folds it, and saves the report fixed: the overlay goes. No console error at any
// point. Prints the time from each save to the reloaded page's `load`, and their median.
import { chromium } from "playwright-core";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const [url, reportPath, shots, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 1);
const original = readFileSync(reportPath, "utf8");
const failures = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});

function save(text) {
  const beside = `${reportPath}.saving`;
  writeFileSync(beside, text);
  const at = performance.now();
  renameSync(beside, reportPath);
  return at;
}

/// The report with a sentence of its own: the first full stop of the first body after `parts:`.
function withSentence(n) {
  const at = original.indexOf("parts:");
  const stop = original.indexOf("。", at);
  if (at < 0 || stop < 0) throw new Error("no sentence to edit in the report");
  return { text: original.slice(0, stop) + `（預覽第${n}次修改）` + original.slice(stop), marker: `預覽第${n}次修改` };
}

const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("response", (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
let loads = 0;
let lastLoad = 0;
page.on("load", () => { loads += 1; lastLoad = performance.now(); });
await page.goto(url, { waitUntil: "load" });
// Wait for the event stream to be open before the first save.
await page.waitForTimeout(300);

/// Waits for a reload that the page did by itself, then for `ready` to hold in it.
async function reloadedUntil(before, ready, arg, what) {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    if (loads > before) {
      try {
        if (await page.evaluate(ready, arg)) return;
      } catch { /* the page is mid-reload */ }
    }
    await page.waitForTimeout(5);
  }
  failures.push(`${what}: the page did not reload by itself within 10 s`);
}

const times = [];
for (let n = 1; n <= rounds; n++) {
  const { text, marker } = withSentence(n);
  const before = loads;
  const saved = save(text);
  await reloadedUntil(before, (m) => document.body.innerText.includes(m), marker, `save ${n}`);
  times.push(lastLoad - saved);
  // Let the page open its stream again before the next save, as a writer's pause does.
  await page.waitForTimeout(rounds > 1 ? 150 : 300);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`save → reloaded page: median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, ` +
  `slowest ${times[times.length - 1].toFixed(0)} ms over ${times.length} saves`);

// A broken save: the errors over the last good page.
const lastGood = withSentence(rounds).marker;
let before = loads;
save(original.replace("parts:", "partz:"));
await reloadedUntil(before, () => !!document.querySelector("#lawrpt-overlay .lawrpt-count-error"), null, "broken save");
const overlay = await page.evaluate(() => {
  const o = document.getElementById("lawrpt-overlay");
  const r = o && o.querySelector(".lawrpt-panel").getBoundingClientRect();
  return o && { text: o.innerText, visible: r.height > 100 && r.width > 300 };
});
if (!overlay || !overlay.visible) failures.push("the overlay is not visible over the page");
for (const expected of ["[unknown-key]", "partz", "reports/2024.yaml:", "^^^^^", "parts"]) {
  if (!overlay || !overlay.text.includes(expected)) failures.push(`the overlay lacks ${JSON.stringify(expected)}`);
}
const underneath = await page.evaluate((m) => document.body.innerText.includes(m), lastGood);
if (!underneath) failures.push("the page under the overlay is not the last good render");
await page.screenshot({ path: `${shots}/serve-error.png` });
await page.setViewportSize({ width: 390, height: 844 });
await page.screenshot({ path: `${shots}/serve-error-phone.png` });
await page.setViewportSize({ width: 1280, height: 900 });
await page.click("#lawrpt-overlay button");
const folded = await page.evaluate(() => document.getElementById("lawrpt-overlay").classList.contains("lawrpt-folded"));
if (!folded) failures.push("the overlay's button does not fold it");
await page.screenshot({ path: `${shots}/serve-folded.png` });
console.log(`overlay: ${overlay ? overlay.text.split("\n")[0] : "none"}`);

// Fixed: the report again.
before = loads;
save(original);
await reloadedUntil(before, () => !document.querySelector("#lawrpt-overlay .lawrpt-count-error"), null, "fixed save");
await page.screenshot({ path: `${shots}/serve-fixed.png` });

failures.push(...problems);
await browser.close();
writeFileSync(reportPath, original);
if (failures.length) {
  console.error(`serve-check: ${failures.length} failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("serve-check: the page reloaded by itself on every save, showed the errors and cleared them");
