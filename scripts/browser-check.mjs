// browser-check.mjs: opens a built report in headless Chromium (through playwright-core),
// saves screenshots at desktop and phone widths and a print to PDF, and checks what a reader
// and a printer get. Run by scripts/browser-check.sh, which installs what it needs.
//
//   node browser-check.mjs REPORT.html SHOTS_DIR EXPECTED_PAGES
//
// Asserts: no console error or page error; the title (h1) and every part heading (h2) of the
// page are there and visible; no horizontal scrolling at 390 px; the print is A4 (595 × 842
// points) with the expected number of pages (the page count of the print stylesheet's
// 22-line pages, ±1 for a font change); the same of the PDF `lawrpt build --pdf` wrote beside
// the page. Exits 1 listing what failed.
import { chromium } from "playwright-core";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [report, shots, expectedPages] = process.argv.slice(2);
const url = pathToFileURL(path.resolve(report)).href;
const failures = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function open(width, height) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

for (const [name, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]]) {
  const { page, problems } = await open(width, height);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
  await page.screenshot({ path: `${shots}/${name}-full.png`, fullPage: true });
  const headings = await page.$$eval("h1, h2", (hs) =>
    hs.map((h) => ({ tag: h.tagName, text: h.textContent.trim(), visible: h.getBoundingClientRect().height > 0 })));
  const h1 = headings.filter((h) => h.tag === "H1");
  if (h1.length !== 1 || !h1[0].visible) failures.push(`${name}: expected one visible h1, got ${JSON.stringify(h1)}`);
  const parts = headings.filter((h) => h.tag === "H2" && /^[一二三四五六七八九十]+、/.test(h.text));
  if (parts.length < 3) failures.push(`${name}: expected the parts' headings, got ${parts.length}`);
  if (parts.some((h) => !h.visible)) failures.push(`${name}: a part heading is not visible`);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (scroll > 0) failures.push(`${name}: scrolls sideways by ${scroll}px`);
  failures.push(...problems.map((p) => `${name}: ${p}`));
  console.log(`${name} ${width}px: h1 "${h1[0]?.text}", ${parts.length} parts, sideways scroll ${Math.max(scroll, 0)}px`);
  await page.close();
}

const { page } = await open(1280, 900);
const pdfPath = `${shots}/print.pdf`;
await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
// The browser's own print, and lawrpt's (`build --pdf`, beside the page), checked alike.
function checkPrint(label, file) {
  const pdf = readFileSync(file, "latin1");
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const a4 = boxes.length > 0 && boxes.every(([w, h]) => Math.abs(w - 595.92) < 2 && Math.abs(h - 842.88) < 2);
  if (!a4) failures.push(`${label}: not A4: ${JSON.stringify(boxes.slice(0, 3))}`);
  if (Math.abs(pages - Number(expectedPages)) > 1) failures.push(`${label}: ${pages} pages, expected ${expectedPages} ± 1`);
  console.log(`${label}: ${pages} pages, A4 ${a4}`);
}
checkPrint("print", pdfPath);
const built = report.replace(/\.html$/, ".pdf");
if (existsSync(built)) checkPrint("lawrpt --pdf", built);
else failures.push(`lawrpt --pdf: ${built} is missing`);
await browser.close();

if (failures.length) {
  console.error(failures.map((f) => `FAIL ${f}`).join("\n"));
  process.exit(1);
}
console.log("browser check: ok");
