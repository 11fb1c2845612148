import { execFileSync, execSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const web = join(repo, "packages/web");
export const chromiumPath = "/usr/bin/chromium";
export const resultsDir = join(repo, "test-results");

/** Debian's Chromium: installed with apt-get when missing and we may (root), else a one-line instruction. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() === 0) {
    execSync("apt-get update -qq && apt-get install -y -qq chromium", { stdio: "inherit", timeout: 600_000 });
  }
  if (!existsSync(chromiumPath)) {
    throw new Error("Browser tests need Chromium at /usr/bin/chromium: run `sudo apt-get install -y chromium`");
  }
}

/** The newest change under `path` that can change the build's output (declaration files cannot, and SST rewrites one). */
function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return path.endsWith(".d.ts") ? 0 : info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

function buildIsFresh(): boolean {
  const built = join(web, "dist", "index.html");
  if (!existsSync(built)) return false;
  const sources = ["src", "index.html", "vite.config.ts", "scripts/build.mjs", "package.json"].map((p) => join(web, p));
  const newestSource = Math.max(...sources.map(newestMtime), newestMtime(join(repo, "packages/core/src/cases")));
  return statSync(built).mtimeMs >= newestSource;
}

/** Builds packages/web when dist/ is missing or older than its sources (one builder at a time). */
export async function ensureWebBuild(): Promise<void> {
  const lock = join(web, ".build-lock");
  for (let waited = 0; !buildIsFresh(); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 180_000) throw new Error(`web build lock ${lock} held for 3 minutes; remove it if stale`);
      await sleep(250);
      continue;
    }
    try {
      if (!buildIsFresh()) execFileSync(process.execPath, [join(web, "scripts/build.mjs")], { stdio: "inherit" });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  ensureChromium();
  await ensureWebBuild();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives every launch a fresh temporary --user-data-dir of its own (and removes it on close).
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** A page that records console errors and uncaught exceptions, for `check` to fail on. */
export class TestPage {
  readonly errors: string[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => this.errors.push(`uncaught: ${error.message}`));
  }

  static async open(
    browser: Browser,
    baseURL: string,
    options: { token?: string; viewport?: { width: number; height: number }; locale?: string } = {},
  ): Promise<TestPage> {
    const context = await browser.newContext({
      baseURL,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: options.locale ?? "en-US",
    });
    if (options.token) {
      // Signed in before the first script runs, as the sign-in page would leave it.
      await context.addInitScript(
        `if (!sessionStorage.getItem("caseline.session")) sessionStorage.setItem("caseline.session", ${JSON.stringify(options.token)});`,
      );
    }
    context.setDefaultTimeout(30_000);
    return new TestPage(context, await context.newPage());
  }

  /** axe-core's violations on the page as it is now. */
  async axe(): Promise<Violation[]> {
    if (!(await this.page.evaluate("typeof window.axe !== 'undefined'"))) {
      await this.page.addScriptTag({ content: axeSource });
    }
    return (await this.page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((result) =>
      result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) })))`)) as Violation[];
  }

  /**
   * The checks every screen passes: a screenshot under test-results/, no serious or critical accessibility
   * violation, and no console error or uncaught exception so far.
   */
  async check(name: string): Promise<void> {
    mkdirSync(resultsDir, { recursive: true });
    await this.page.evaluate("window.scrollTo(0, 0)");
    await this.page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
    const serious = (await this.axe()).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, `accessibility violations on ${name}`).toEqual([]);
    expect(this.errors, `console errors on ${name}`).toEqual([]);
  }

  /** Takes the console errors a test provoked on purpose (a request it expects to fail), failing if absent. */
  expectConsoleError(pattern: RegExp): void {
    const matching = this.errors.filter((error) => pattern.test(error));
    expect(matching.length, `an expected console error matching ${pattern}`).toBeGreaterThan(0);
    this.errors.splice(0, this.errors.length, ...this.errors.filter((error) => !pattern.test(error)));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** One runtime and one browser for every flow of a test file. */
export interface Suite {
  rt: TestRuntime;
  browser: Browser;
}

export function browserSuite(): Suite {
  const suite = {} as Suite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [rt, launched] = await Promise.all([startTestRuntime(), launchBrowser()]);
    suite.rt = rt;
    suite.browser = launched.browser;
    close = launched.close;
  }, 240_000);
  afterAll(async () => {
    await close?.();
    await suite.rt?.stop();
  });
  return suite;
}
