// Every view of the console for every role, and /docs, at 1440 and 390 pixels: axe finds nothing critical or
// serious, no request goes anywhere but 127.0.0.1, no script or CSP error, and a screenshot of each goes to
// artifacts/. Queue items are reachable by Tab; on a phone, opening one brings the draft on screen.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { actorFor, storeDraft, TEXTS, type TestActor, warnVerdict } from "../review/support/drafts.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import {
  assertClean,
  launch,
  offMachine,
  openPage,
  type Served,
  screenshot,
  serveApp,
  signIn,
  WIDTHS,
  type Width,
} from "./support/browser-session.ts";

const PUSHY = "稳盈30天每30天开放一次申购赎回，名额有限，抓紧私信我。理财有风险，投资需谨慎。";

let context: TestContext;
let served: Served;
let browser: Browser;
let reviewer: TestActor;
let sales: TestActor;
let admin: TestActor;

beforeAll(async () => {
  context = await createTestContext();
  await ingestFolder(context, new URL("../fixtures/library-small/", import.meta.url).pathname);
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  sales = await actorFor(context, "sales", "销售 小周");
  admin = await actorFor(context, "admin", "管理员 周岚");
  await storeDraft(context, { author: sales, body: PUSHY, verdict: warnVerdict(PUSHY, "名额有限，抓紧") });
  await storeDraft(context, { author: sales, body: TEXTS.clean, channel: "group" });
  await storeDraft(context, { author: sales, body: TEXTS.block });
  served = await serveApp(context);
  // A boast the rule pack does not list, rejected three times by hand: the learning report proposes it.
  for (let n = 0; n < 3; n++) {
    const body = `稳盈30天是殿堂级的选择，每30天开放一次申购赎回。理财有风险，投资需谨慎。${"！".repeat(n)}`;
    const id = await storeDraft(context, { author: sales, body });
    const response = await fetch(`${served.base}/v1/drafts/${id}/reject`, {
      method: "POST",
      headers: { authorization: `Bearer ${reviewer.key}`, "content-type": "application/json" },
      body: JSON.stringify({
        version: 1,
        reason_code: "absolute_term",
        note: "夸大表述",
        phrases: ["殿堂级"],
      }),
    });
    expect(response.status).toBe(200);
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await context?.close();
});

const widths = Object.keys(WIDTHS) as Width[];

describe("every view", () => {
  it.each(widths)("the reviewer's views at %s are accessible, offline and Chinese", async (width) => {
    const recorded = await openPage(browser, width);
    const { page } = recorded;
    await page.goto(`${served.base}/console`);
    await page.locator("#signin-form").waitFor();
    await screenshot(page, "signin", width);
    await assertClean(recorded, "sign in");
    await signIn(page, served.base, reviewer.key);
    await page.locator(".queue-item").first().waitFor();
    expect(await page.locator("#nav a").allTextContents()).toEqual([
      "审核队列",
      "计划审核",
      "素材库",
      "规则建议",
    ]);
    // Blocked drafts are in the queue by default, riskiest first, each with how long it has waited.
    const statuses = await page
      .locator(".queue-item .badge.status-blocked, .queue-item .badge.status-pending_review")
      .allTextContents();
    expect(statuses).toEqual(["已拦截", "待审核", "待审核"]);
    expect(await page.locator(".queue-item .queue-foot").first().textContent()).toMatch(
      /等待 (不到 1 分钟|\d+ 分钟)/,
    );
    if (width === "phone") {
      // The list first; opening an item shows the draft on screen, not 885 px below.
      expect(await page.locator("#detail").isVisible()).toBe(false);
      await page.locator(".queue-item").nth(1).click();
      await page.locator("#detail-heading").waitFor();
      const box = await page.locator("#detail-heading").boundingBox();
      expect(box && box.y >= 0 && box.y < WIDTHS.phone.height).toBe(true);
      expect(await page.locator("#queue-list").isVisible()).toBe(false);
    }
    await screenshot(page, "queue", width);
    await assertClean(recorded, `queue (${width})`);
    for (const [route, ready, name] of [
      ["#/plans", "#plan-list-status:not(:empty)", "plans-review"],
      ["#/library", "#library-search", "library-reviewer"],
      ["#/proposals", "#rule-proposals-status:not(:empty)", "proposals"],
    ] as const) {
      await page.goto(`${served.base}/console${route}`);
      await page.locator(ready).waitFor();
      await screenshot(page, name, width);
      await assertClean(recorded, `${name} (${width})`);
    }
    await page.close();
  });

  it.each(widths)("a rep's drafts and an admin's views at %s", async (width) => {
    const recorded = await openPage(browser, width);
    const { page } = recorded;
    await signIn(page, served.base, sales.key);
    expect(await page.locator("#nav a").allTextContents()).toEqual(["我的草稿", "我的计划", "素材库"]);
    await page.locator(".queue-item").first().waitFor();
    // A rep sees their own drafts, newest first, with no review actions.
    expect(await page.locator(".queue-item").count()).toBe(6);
    await screenshot(page, "my-drafts", width);
    await assertClean(recorded, `my drafts (${width})`);
    await page.close();

    const adminPage = await openPage(browser, width);
    await signIn(adminPage.page, served.base, admin.key);
    expect(await adminPage.page.locator("#nav a").allTextContents()).toEqual([
      "审核队列",
      "我的计划",
      "批量任务",
      "素材库",
      "规则建议",
    ]);
    await adminPage.page.goto(`${served.base}/console#/jobs`);
    await adminPage.page.locator("#job-create").waitFor();
    await screenshot(adminPage.page, "jobs-new", width);
    await assertClean(adminPage, `jobs (${width})`);
    await adminPage.page.close();
  });

  it("queue items are reachable by Tab and open with Enter", async () => {
    const recorded = await openPage(browser, "desktop");
    const { page } = recorded;
    await signIn(page, served.base, reviewer.key);
    await page.locator(".queue-item").first().waitFor();
    let reached = "";
    for (let press = 0; press < 40 && !reached; press++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? "");
    }
    expect(reached).toMatch(/^drf_/);
    await page.keyboard.press("Tab");
    const second = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.id ?? "",
    );
    expect(second).toMatch(/^drf_/);
    expect(second).not.toBe(reached);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator('.queue-item[aria-current="true"]').getAttribute("data-id"))
      .toBe(second);
    await assertClean(recorded, "keyboard");
    await page.close();
  });

  it("a slow answer to an older filter never paints over the newer one", async () => {
    const recorded = await openPage(browser, "desktop");
    const { page } = recorded;
    await signIn(page, served.base, reviewer.key);
    await page.locator(".queue-item").first().waitFor();
    // The finance list answers two seconds late; the pets list at once.
    await page.route(/\/v1\/drafts\?.*industry=finance/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue().catch(() => undefined);
    });
    const industry = page.getByLabel("行业");
    await industry.selectOption("finance");
    await expect.poll(() => page.locator("#queue-list").getAttribute("aria-busy")).toBe("true");
    await industry.selectOption("pets");
    await expect.poll(() => page.locator("#queue-list").textContent()).toBe("没有符合条件的草稿");
    await page.waitForTimeout(2500);
    expect(await page.locator("#queue-list").textContent()).toBe("没有符合条件的草稿");
    expect(await page.locator(".queue-item").count()).toBe(0);
    await page.close();
  });

  it("an admin accepts a proposed rule; the button cannot send it twice", async () => {
    const recorded = await openPage(browser, "desktop");
    const { page, requests } = recorded;
    await signIn(page, served.base, admin.key, "#/proposals");
    const accept = page.locator("#rule-proposals button", { hasText: "采纳进规则包" });
    await accept.waitFor();
    expect(await page.locator("#rule-proposals tbody tr").first().textContent()).toContain("殿堂级");
    await screenshot(page, "proposals-admin", "desktop");
    await assertClean(recorded, "proposals (admin)");
    await accept.dblclick();
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已采纳进规则包，新规则已生效");
    expect(requests.filter((url) => /\/v1\/review\/proposals\/[^/]+\/accept$/.test(url))).toHaveLength(1);
    await expect.poll(() => page.locator("#rule-proposals-status").textContent()).toBe("暂无建议。");
    await assertClean(recorded, "proposal accepted");
    await page.close();
  });

  it.each(widths)("/docs renders the API from local files only at %s", async (width) => {
    const recorded = await openPage(browser, width);
    const { page, requests } = recorded;
    await page.goto(`${served.base}/docs`);
    await page.locator(".opblock").first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".opblock").count()).toBeGreaterThan(20);
    expect(offMachine(requests)).toEqual([]);
    expect(requests.some((url) => url.endsWith("/openapi.json"))).toBe(true);
    await screenshot(page, "docs", width);
    await assertClean(recorded, `docs (${width})`);
    await page.close();
  });
});
