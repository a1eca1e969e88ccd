// Drives code-server (VS Code in the browser) with playwright-core and Debian's
// chromium. Run by tests/editors/vscode.sh with URL, FILE and OUT set.
// Checks in PENDING test server features that have not landed yet: a failure
// there prints PENDING and does not fail the run (NEWSLINT_E2E_STRICT=1 makes
// them count); when one passes, it says so.
const { chromium } = require("playwright-core");
const path = require("path");

const PENDING = new Set([]);
const STRICT = process.env.NEWSLINT_E2E_STRICT === "1";
const { URL, FILE, OUT, WS, MODE } = process.env;
const base = FILE.replace(/\W+/g, "-");
const counts = { passed: 0, failed: 0, pending: 0 };

function check(name, ok, detail = "") {
  detail = detail ? ` — ${detail}` : "";
  if (ok) {
    counts.passed++;
    console.log(`  ok      ${name}${detail}${PENDING.has(name) ? "  (was pending: remove it from PENDING)" : ""}`);
  } else if (PENDING.has(name) && !STRICT) {
    counts.pending++;
    console.log(`  PENDING ${name}${detail}  (server feature not landed yet)`);
  } else {
    counts.failed++;
    console.log(`  FAIL    ${name}${detail}`);
  }
  return ok;
}

// Wait for fn() to return something truthy; undefined on timeout.
async function poll(fn, ms = 20000, every = 250) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {}
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, every));
  }
}

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    // Without the background-networking flags chromium keeps dialling out on this closed network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const shot = (name) => page.screenshot({ path: path.join(OUT, `vscode-${base}-${name}.png`) });
  const goToLine = async (n) => {
    await page.keyboard.press("Control+G");
    await page.locator(".quick-input-widget input").waitFor({ timeout: 5000 });
    await page.keyboard.type(String(n));
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
  };
  const problems = () => page.locator(".markers-panel .monaco-list-row").allInnerTexts();
  let qcol = 0; // UTF-16 column of the opening mark, as VS Code counts
  const uqRow = (rows, ln) => rows.find((r) => r.includes("unbalanced-quote") && r.includes(`Ln ${ln}, Col ${qcol + 1}`));
  try {
    console.log(`code-server ${URL}, file ${FILE}`);
    await page.goto(URL, { waitUntil: "domcontentloaded" });
    await page.waitForSelector(".monaco-workbench", { timeout: 60000 });

    // Open the file from the Explorer (Quick Open is flaky in code-server).
    const item = page.locator(".explorer-folders-view .monaco-list-row", { hasText: FILE });
    await item.waitFor({ timeout: 30000 });
    await item.dblclick();
    await page.locator(".tabs-container .tab", { hasText: FILE }).waitFor({ timeout: 15000 });
    const editor = page.locator(".editor-instance .monaco-editor").first();
    await editor.waitFor();
    await page.keyboard.press("Control+B"); // hide the side bar: the screenshots are about the text

    if (MODE === "missing-server") {
      // The workspace's .vscode/settings.json points newslint.server.path nowhere:
      // one clear message, a red status item, and no crash.
      const toast = await poll(async () => {
        const t = (await page.locator(".notifications-toasts .notification-list-item-message").allInnerTexts()).join(" ");
        return t.includes("newslint.server.path") ? t : undefined;
      }, 30000);
      check("missing server: one clear message", !!toast, toast ? JSON.stringify(toast) : "no notification");
      const red = await poll(async () => {
        const item = page.locator(".statusbar-item", { hasText: "newslint" }).first();
        const label = (await item.getAttribute("aria-label")) || "";
        const cls = (await item.getAttribute("class")) || "";
        return /error|not found/.test(label + " " + cls) || (await item.evaluate((e) => getComputedStyle(e).backgroundColor)) !== "rgba(0, 0, 0, 0)" ? label || cls : undefined;
      }, 10000);
      check("missing server: status item shows the error", !!red, red ? JSON.stringify(red) : "");
      await shot("server-missing");
      throw { done: true };
    }

    if (MODE === "settings") {
      // The workspace's .vscode/settings.json sets newslint.rules.unbalanced-quote to
      // "warning": the extension must pass it as {"newslint": {"rules": {...}}}.
      const text = require("fs").readFileSync(path.join(WS, FILE), "utf8");
      const ln = text.split("\n").findIndex((l) => l.includes("“In general, the West")) + 1;
      await page.keyboard.press("Control+Shift+M");
      const row = page.locator(".markers-panel .monaco-list-row", { hasText: `[Ln ${ln},` }).filter({ hasText: "unbalanced-quote" });
      await row.first().waitFor({ timeout: 30000 });
      const html = await row.first().innerHTML();
      const sev = /codicon-(error|warning|info)\b/.exec(html);
      check("rule severity setting reaches the server", !!sev && sev[1] === "warning", sev ? `shown as ${sev[1]}` : "no icon");
      throw { done: true };
    }

    const status = await poll(async () => {
      const t = await page.locator(".statusbar-item", { hasText: "newslint" }).first().innerText();
      return t && t.trim();
    });
    check("status bar shows newslint", !!status, JSON.stringify(status));

    // 1. Problems panel: unbalanced-quote on the opening mark of “In general … warfare."
    const text = require("fs").readFileSync(path.join(WS, FILE), "utf8");
    const lines = text.split("\n");
    const qline = lines.findIndex((l) => l.includes("“In general, the West"));
    qcol = lines[qline].indexOf("“In general");
    await page.keyboard.press("Control+Shift+M");
    let rows = await poll(async () => {
      const r = await problems();
      return uqRow(r, qline + 1) ? r : undefined;
    }, 30000);
    rows = rows || (await problems());
    for (const r of rows) console.log("    PROBLEM " + r.replace(/\s+/g, " "));
    check("Problems: unbalanced-quote at the opening mark", !!uqRow(rows, qline + 1),
      `want Ln ${qline + 1}, Col ${qcol + 1}`);
    const before = rows.filter((r) => r.includes("unbalanced-quote")).length;

    // Bring the quotation into view: Monaco renders only the visible lines.
    await editor.click({ position: { x: 200, y: 20 } });
    await goToLine(qline + 1);

    // 2. Hover inside the quotation (over "general", away from the squiggled mark).
    const viewLine = page.locator(".view-lines .view-line", { hasText: "In general, the West" }).first();
    const word = viewLine.locator("span span", { hasText: "general" }).first();
    // The line may not be laid out yet when the jump returns (one run found no box): wait for
    // it, and jump again if it never shows.
    let wb = null;
    for (let attempt = 0; attempt < 3 && !wb; attempt++) {
      if (attempt) await goToLine(qline + 1);
      await viewLine.waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
      wb = (await word.count()) ? await word.boundingBox() : await viewLine.boundingBox();
    }
    if (!wb) throw new Error(`line ${qline + 1} ("In general, the West") is not laid out`);
    // Other hover providers (Markdown's) show "Loading..." first: wait for real text, then let it settle.
    const hoverText = async () =>
      (await page.locator(".monaco-hover-content").allInnerTexts()).join("\n").replace(/Loading\.\.\./g, "").trim();
    // A single move can be lost while the editor lays the line out (one run in many showed no
    // hover): move onto the word again, a few pixels apart, until the hover shows.
    let hover;
    for (let attempt = 0; attempt < 3 && !hover; attempt++) {
      await page.mouse.move(wb.x + 40 + 4 * attempt, wb.y + wb.height / 2);
      hover = await poll(hoverText, 8000);
    }
    if (hover) {
      await page.waitForTimeout(700);
      hover = (await hoverText()) || hover;
    }
    console.log("    HOVER " + JSON.stringify(hover));
    check("hover on a quotation", !!hover, hover ? `${hover.length} chars` : "no hover");
    check("hover names the speaker", !!hover && hover.includes("Lavrov"));
    await shot("hover");

    // 3. Inlay hint after the closing mark (rendered inside the view line).
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
    // With word wrap the hint may sit on the quotation's continuation line: read all lines.
    const lineText = await poll(async () => {
      // Monaco renders spaces in injected text as no-break spaces.
      const t = (await editor.locator(".view-lines").first().innerText()).replace(/\u00a0/g, " ");
      // The article quotes Lavrov twice: the hint wanted follows this quotation's closing mark.
      return /warfare\.["”]?\s*— Sergei Lavrov/.test(t) ? t : undefined;
    }, 10000);
    const at = lineText ? lineText.search(/warfare\.["”]?\s*— Sergei Lavrov/) : -1;
    check("inlay hint — Sergei Lavrov", !!lineText,
      lineText ? JSON.stringify(lineText.slice(at, at + 28)) : "no `— Sergei Lavrov` after “… hybrid warfare.”");
    await shot("inlay");

    // 4. Command "newslint: Show Sources" (quick pick over the server's outline).
    await page.keyboard.press("F1");
    await page.keyboard.type("newslint: Show Sources");
    await page.waitForTimeout(500);
    await page.keyboard.press("Enter");
    const picks = await poll(async () => {
      const t = (await page.locator(".quick-input-widget .monaco-list-row").allInnerTexts()).join(" | ");
      return t.includes("In general") ? t.replace(/\s+/g, " ") : undefined;
    }, 8000);
    check("Show Sources lists the quotation", !!picks, picks ? JSON.stringify(picks.slice(0, 160)) : "");
    check("Show Sources lists Sergei Lavrov", !!picks && picks.includes("Lavrov"));
    if (picks) await shot("sources");
    await page.keyboard.press("Escape");

    // 5. Edit: replace the straight closing mark with ” — its Problems row goes away.
    await goToLine(qline + 1);
    // End twice: with word wrap the first End stops at the wrap point.
    await page.keyboard.press("End");
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    await page.keyboard.insertText("”");
    const after = await poll(async () => {
      const r = await problems();
      return uqRow(r, qline + 1) ? undefined : r;
    }, 20000);
    const afterCount = after ? after.filter((r) => r.includes("unbalanced-quote")).length : before;
    check("edit clears the diagnostic in Problems", !!after && afterCount === before - 1,
      `unbalanced-quote rows ${before} -> ${afterCount}`);
    await shot("after-edit");
  } catch (e) {
    if (!(e && e.done)) check("test script", false, String(e && e.message).split("\n")[0]);
    await shot("error").catch(() => {});
  }
  await browser.close();
  console.log(`vscode: ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} skipped`);
  console.log(`${counts.failed ? "FAIL" : "PASS"} vscode e2e on ${FILE}${MODE ? ` (${MODE})` : ""}` +
    (counts.pending ? ` (${counts.pending} pending on server features)` : ""));
  process.exit(counts.failed ? 1 : 0);
})();
