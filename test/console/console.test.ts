// The reviewers' console in headless Chromium against the real app on 127.0.0.1: sign in, see the flagged
// span and its reason, reject one draft with a reason code, approve another. Screenshots go to artifacts/.
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { actorFor, storeDraft, TEXTS, type TestActor, warnVerdict } from "../review/support/drafts.ts";
import { launchBrowser } from "../support/browser.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const ARTIFACTS = new URL("../../artifacts/", import.meta.url).pathname;
const PUSHY = "稳盈30天每30天开放一次申购赎回，名额有限，抓紧私信我。理财有风险，投资需谨慎。";

let context: TestContext;
let server: ServerType;
let base: string;
let browser: Browser;
let reviewer: TestActor;
let sales: TestActor;
let pushy: string;
let clean: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await createTestContext();
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  sales = await actorFor(context, "sales", "销售 小周");
  pushy = await storeDraft(context, {
    author: sales,
    body: PUSHY,
    verdict: warnVerdict(PUSHY, "名额有限，抓紧"),
  });
  clean = await storeDraft(context, { author: sales, body: TEXTS.clean, channel: "group" });
  await storeDraft(context, { author: sales, body: TEXTS.block });
  await ingestFolder(context, new URL("../fixtures/library-small/", import.meta.url).pathname);
  const app = createApp(context);
  server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve(started),
    );
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await context?.close();
});

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(`${base}/console`);
  await page.locator("#key").fill(key);
  await page.getByRole("button", { name: "登录" }).click();
  await page.locator("#app").waitFor({ state: "visible" });
}

async function status(id: string): Promise<{ status: string; decision_reason_code: string | null }> {
  const { rows } = await context.db.query<{ status: string; decision_reason_code: string | null }>(
    "SELECT status, decision_reason_code FROM drafts WHERE id = $1",
    [id],
  );
  return rows[0] ?? { status: "missing", decision_reason_code: null };
}

describe("the reviewers' console", () => {
  it("a reviewer signs in, sees the flagged span with its reason, rejects one draft and approves another", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, reviewer.key);
    await expect.poll(() => page.locator("#who").textContent()).toContain("审核 陈静");
    // The queue opens on drafts pending review, oldest first: the pushy one is selected.
    await page.locator(".queue-item").first().waitFor();
    expect(await page.locator(".queue-item").count()).toBe(2);
    const mark = page.locator("#draft-text mark");
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toBe("名额有限，抓紧");
    expect(await mark.first().getAttribute("title")).toContain("语气偏催促");
    const finding = page.locator("#findings .finding").first();
    expect(await finding.textContent()).toContain("语气偏催促，建议改为邀请式表达");
    expect(await finding.textContent()).toContain("《广告法》第四十三条");
    expect(await page.locator("#sources .source.cited").count()).toBe(2);
    expect(await page.locator("#sources").textContent()).toContain("稳盈30天 产品要素");
    expect(await page.locator("#detail").textContent()).not.toContain("null");
    expect(await page.locator("#sources").textContent()).not.toContain("null");
    await page.screenshot({ path: `${ARTIFACTS}console-1-queue.png`, fullPage: true });

    // r opens the rejection dialog; a reason code is required.
    await page.keyboard.press("r");
    await page.locator("#reject-dialog").waitFor({ state: "visible" });
    await page.locator("#reject-reason").selectOption("tone");
    await page.locator("#reject-note").fill("语气太催促，去掉“名额有限，抓紧”");
    await page.locator("#reject-phrases").fill("名额有限，抓紧");
    await page.screenshot({ path: `${ARTIFACTS}console-2-reject-dialog.png` });
    await page.locator("#reject-confirm").click();
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已驳回");
    expect(await status(pushy)).toEqual({ status: "rejected", decision_reason_code: "tone" });

    // The rejected draft leaves the pending queue; the clean one is selected next and approved with a.
    await expect.poll(() => page.locator(".queue-item").count()).toBe(1);
    await expect.poll(() => page.locator("#detail-status").textContent()).toBe("待审核");
    expect(await page.locator("#draft-text mark").count()).toBe(0);
    await page.keyboard.press("a");
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已通过");
    expect(await page.locator("#queue-count").textContent()).toBe("共 0 条");
    expect((await status(clean)).status).toBe("approved");
    await page.screenshot({ path: `${ARTIFACTS}console-3-approved.png`, fullPage: true });

    // All decided drafts are visible with their status once the filter is widened.
    await page.locator("#filter-status").selectOption("");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect.poll(() => page.locator(".queue-item").count()).toBe(3);
    const statuses = await page.locator(".queue-item .badge").allTextContents();
    expect(statuses).toEqual(expect.arrayContaining(["已驳回", "已通过", "已拦截"]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the evidence pack of the approved draft reads and prints as a page", async () => {
    const page = await browser.newPage({
      viewport: { width: 1000, height: 1200 },
      extraHTTPHeaders: { authorization: `Bearer ${reviewer.key}` },
    });
    await page.goto(`${base}/v1/drafts/${clean}/evidence?format=html`);
    expect(await page.locator("h1").textContent()).toBe("良言 · 审核证据包");
    expect(await page.locator(".decision").textContent()).toBe("通过");
    expect(await page.locator("body").textContent()).toContain("fin-product-wenying");
    await page.screenshot({ path: `${ARTIFACTS}evidence-page.png`, fullPage: true });
    await page.pdf({ path: `${ARTIFACTS}evidence-page.pdf`, format: "A4" });
    await page.close();
  });

  it("a sales rep sees their own drafts and their status, without review actions", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    await signIn(page, sales.key);
    expect(await page.locator("#tab-button-queue").textContent()).toBe("我的草稿");
    await expect.poll(() => page.locator(".queue-item").count()).toBe(3);
    expect(await page.locator("#approve").count()).toBe(0);
    expect(await page.locator("#tab-button-plan").isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}console-4-sales.png`, fullPage: true });
    await page.close();
  });

  it("a sales rep builds a 7-day plan, reads it as a calendar, edits one line and submits in one step", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, sales.key);
    await page.locator("#tab-button-plan").click();
    const form = page.locator("#plan-form");
    await form.locator("[name=name]").fill("小周");
    await form.locator("[name=tone]").selectOption("relaxed");
    await form.locator("[name=interests]").fill("阅读、羽毛球");
    await form.locator("[name=strengths]").fill("稳健理财");
    await form.locator("[name=industry]").selectOption("finance");
    await form.locator("[name=tier]").selectOption("regular");
    await form.locator("[name=stage]").selectOption("icebreak");
    await form.locator("[name=purpose]").selectOption("break_ice");
    await form.locator("[name=period]").selectOption("7");
    await page.locator("#plan-generate").click();
    await page.locator(".plan-day").first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".plan-day").count()).toBe(7);
    expect(await page.locator(".plan-day h4").first().textContent()).toBe("第 1 天");
    const heads = await page.locator(".plan-day").first().locator(".plan-item-head strong").allTextContents();
    expect(heads).toEqual(expect.arrayContaining(["朋友圈", "社群 09:00", "社群 20:00"]));
    await page.screenshot({ path: `${ARTIFACTS}console-5-plan.png`, fullPage: true });
    const box = page.locator(".plan-day").first().locator("textarea").first();
    const id = await box.getAttribute("data-draft");
    const edited =
      "周末愉快！最近整理了一份稳健理财的入门小知识，想看的话回复我就发给你。理财有风险，投资需谨慎。";
    await box.fill(edited);
    await page.locator("#plan-submit").click();
    await expect.poll(() => page.locator("#toast").textContent()).toContain("已提交：修改 1 条");
    const { rows } = await context.db.query<{ body: string; version: number; author_id: string }>(
      "SELECT body, version, author_id FROM drafts WHERE id = $1",
      [id],
    );
    expect(rows[0]).toEqual({ body: edited, version: 2, author_id: sales.id });
    expect(errors).toEqual([]);
    await page.close();
  });
});
