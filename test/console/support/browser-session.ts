// What every console browser test needs: the real app on 127.0.0.1, a headless Chromium, a page that records
// every request it makes (so a test can prove nothing left the machine) and every CSP or script error, axe-core
// injected from the npm package, and screenshots into artifacts/.
import { mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { createApp } from "../../../src/http/app.ts";
import { launchBrowser } from "../../support/browser.ts";
import type { TestContext } from "../../support/test-context.ts";

export const ARTIFACTS = new URL("../../../artifacts/", import.meta.url).pathname;
const AXE_SOURCE = readFileSync(
  new URL("../../../node_modules/axe-core/axe.min.js", import.meta.url),
  "utf8",
);

export const WIDTHS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
export type Width = keyof typeof WIDTHS;

export interface Served {
  base: string;
  close(): Promise<void>;
}

export async function serveApp(context: TestContext): Promise<Served> {
  const app = createApp(context);
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve(started),
    );
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headless Chromium from test/support/browser.ts: the system one when there is one, else the npm build. */
export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return (await launchBrowser()).browser;
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page asked for, whatever its origin. */
  requests: string[];
  /** Uncaught errors, console errors (CSP violations are reported there) and failed requests. */
  errors: string[];
}

export async function openPage(browser: Browser, width: Width = "desktop"): Promise<RecordedPage> {
  const page = await browser.newPage({
    viewport: WIDTHS[width],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // The browser logs every 4xx answer; a refusal the page expects and shows (a 422 for bad rows) is not a fault.
    const text = message.text();
    if (message.type() === "error" && !/status of 4\d\d/.test(text)) errors.push(`console: ${text}`);
  });
  return { page, requests, errors };
}

/** Requests that went anywhere but this machine (data: and blob: URLs never leave the page). */
export function offMachine(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return false;
    try {
      return new URL(url).hostname !== "127.0.0.1";
    } catch {
      return true;
    }
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core's violations of impact critical or serious on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "critical" || v.impact === "serious");
}

export async function screenshot(page: Page, name: string, width: Width): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}console-${name}-${WIDTHS[width].width}.png`, fullPage: true });
}

/** Opens the console and signs in with a key; resolves when the first view is on screen. */
export async function signIn(page: Page, base: string, key: string, hash = ""): Promise<void> {
  await page.goto(`${base}/console${hash}`);
  await page.locator("#key").fill(key);
  await page.locator("#signin-button").click();
  await page.locator("#nav a").first().waitFor();
}

/** What a test asserts at the end of every page: nothing left the machine, nothing broke, axe found nothing serious. */
export async function assertClean(recorded: RecordedPage, label: string): Promise<void> {
  const violations = await seriousViolations(recorded.page);
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  if (summary.length > 0 || offMachine(recorded.requests).length > 0 || recorded.errors.length > 0) {
    throw new Error(
      `${label}: axe ${JSON.stringify(summary)}; off-machine ${JSON.stringify(offMachine(recorded.requests))}; errors ${JSON.stringify(recorded.errors)}`,
    );
  }
}
