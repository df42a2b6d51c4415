// A reviewer triages and decides with the keyboard in headless Chromium against the real app: the riskiest
// first, a warned draft approved with a written reason (the confirm button cannot send it twice), a clean one
// with one key, a draft its author changed meanwhile (the 409 says who and when, the new text is shown and
// compared with the old), a draft another reviewer decided meanwhile (says who and when), and a blocked draft
// whose finding the reviewer dismisses with a reason, then approves. Screenshots at 1440 and 390.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { actorFor, storeDraft, TEXTS, type TestActor, warnVerdict } from "../review/support/drafts.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";
import {
  assertClean,
  launch,
  openPage,
  type Served,
  screenshot,
  serveApp,
  signIn,
} from "./support/browser-session.ts";

const PUSHY = "稳盈30天每30天开放一次申购赎回，名额有限，抓紧私信我。理财有风险，投资需谨慎。";
const MORE = "稳盈30天每30天开放一次申购赎回，适合有闲钱打理的朋友。理财有风险，投资需谨慎。";

let context: TestContext;
let served: Served;
let browser: Browser;
let reviewer: TestActor;
let otherReviewer: TestActor;
let sales: TestActor;
const ids: Record<"blocked" | "warned" | "clean" | "changed" | "taken", string> = {
  blocked: "",
  warned: "",
  clean: "",
  changed: "",
  taken: "",
};

beforeAll(async () => {
  context = await createTestContext();
  await ingestFolder(context, new URL("../fixtures/library-small/", import.meta.url).pathname);
  reviewer = await actorFor(context, "reviewer", "审核 陈静");
  otherReviewer = await actorFor(context, "reviewer", "审核 李四");
  sales = await actorFor(context, "sales", "销售 小周");
  ids.clean = await storeDraft(context, { author: sales, body: TEXTS.clean, channel: "group" });
  ids.changed = await storeDraft(context, { author: sales, body: MORE });
  ids.taken = await storeDraft(context, { author: sales, body: TEXTS.clean, channel: "private" });
  ids.warned = await storeDraft(context, {
    author: sales,
    body: PUSHY,
    verdict: warnVerdict(PUSHY, "名额有限，抓紧"),
  });
  ids.blocked = await storeDraft(context, { author: sales, body: TEXTS.block });
  served = await serveApp(context);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await context?.close();
});

async function draft(
  id: string,
): Promise<{ status: string; version: number; override_reason: string | null }> {
  const { rows } = await context.db.query<{
    status: string;
    version: number;
    override_reason: string | null;
  }>("SELECT status, version, override_reason FROM drafts WHERE id = $1", [id]);
  return rows[0] ?? { status: "missing", version: 0, override_reason: null };
}

async function api(key: string, method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${served.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.status;
}

describe("a reviewer at the keyboard", () => {
  it("triages riskiest first and decides with j and a; conflicts say who and when", async () => {
    const recorded = await openPage(browser, "desktop");
    const { page, requests } = recorded;
    await signIn(page, served.base, reviewer.key);
    await page.locator(".queue-item").first().waitFor();
    const order = await page
      .locator(".queue-item")
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
    expect(order).toEqual([ids.blocked, ids.warned, ids.clean, ids.changed, ids.taken]);
    expect(await page.locator("#detail-status").textContent()).toBe("已拦截");
    await screenshot(page, "review-queue", "desktop");
    await assertClean(recorded, "queue");

    // j, then a on a warned draft: a reason is required; pressing confirm twice sends one decision.
    await page.keyboard.press("j");
    await expect
      .poll(() => page.locator('.queue-item[aria-current="true"]').getAttribute("data-id"))
      .toBe(ids.warned);
    await page.keyboard.press("a");
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe("存在警告，放行需写明理由");
    await page.keyboard.type("限量提醒属实，语气是邀请，可以放行");
    await screenshot(page, "review-override", "desktop");
    await assertClean(recorded, "override dialog");
    await dialog.getByRole("button", { name: "说明理由并通过" }).dblclick();
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已通过");
    expect(requests.filter((url) => url.endsWith(`/v1/drafts/${ids.warned}/approve`))).toHaveLength(1);
    expect(await draft(ids.warned)).toMatchObject({
      status: "approved",
      override_reason: "限量提醒属实，语气是邀请，可以放行",
    });

    // The decided draft leaves the list; the clean one is next and goes with one key.
    await expect
      .poll(() => page.locator('.queue-item[aria-current="true"]').getAttribute("data-id"))
      .toBe(ids.clean);
    await page.keyboard.press("a");
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已通过");
    expect((await draft(ids.clean)).status).toBe("approved");

    // The author changes the next draft while it is on screen: the approval is refused, says who and when,
    // and the new version is shown, with what changed.
    await expect
      .poll(() => page.locator('.queue-item[aria-current="true"]').getAttribute("data-id"))
      .toBe(ids.changed);
    expect(
      await api(sales.key, "PATCH", `/v1/drafts/${ids.changed}`, { body: `${MORE}欢迎咨询。`, version: 1 }),
    ).toBe(200);
    await page.keyboard.press("a");
    await expect
      .poll(() => page.locator("#toast").textContent())
      .toMatch(
        /^销售 小周 已于 \d{4}-\d\d-\d\d \d\d:\d\d 修改了这条草稿（现为第 2 版），请阅读新内容后再操作$/,
      );
    expect((await draft(ids.changed)).status).toBe("pending_review");
    await expect.poll(() => page.locator("#detail").textContent()).toContain("第 2 版");
    await page.getByRole("button", { name: "对比版本" }).click();
    await page.locator(".diff ins").first().waitFor();
    expect(await page.locator(".diff ins").allTextContents()).toEqual(["欢迎咨询。"]);
    await screenshot(page, "review-diff", "desktop");
    await assertClean(recorded, "diff");

    // Another reviewer decides the next one first: the refusal names them and when.
    await page.keyboard.press("j");
    await expect
      .poll(() => page.locator('.queue-item[aria-current="true"]').getAttribute("data-id"))
      .toBe(ids.taken);
    expect(await api(otherReviewer.key, "POST", `/v1/drafts/${ids.taken}/approve`, { version: 1 })).toBe(200);
    await page.keyboard.press("a");
    await expect
      .poll(() => page.locator("#toast").textContent())
      .toMatch(/^审核 李四 已于 \d{4}-\d\d-\d\d \d\d:\d\d 通过了这条草稿$/);

    // Back to the blocked draft: its finding is dismissed with a reason, then the draft is approved.
    await page.locator(`.queue-item[data-id="${ids.blocked}"]`).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#detail-status").textContent()).toBe("已拦截");
    await page.getByRole("button", { name: "不认同，驳回此发现" }).click();
    await page.locator("dialog[open]").waitFor();
    await page.keyboard.type("这里是客户原话，文中已说明不作比较");
    await page.locator("dialog[open]").getByRole("button", { name: "确认驳回该发现" }).click();
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已驳回该发现");
    await expect.poll(() => page.locator("#detail-status").textContent()).toBe("待审核");
    expect(await page.locator("#detail .dismissal").textContent()).toContain("已由 审核 陈静 驳回");
    await page.keyboard.press("a");
    await page.locator("dialog[open]").waitFor();
    await page.keyboard.type("唯一的拦截已由人工核实驳回");
    await page.locator("dialog[open]").getByRole("button", { name: "说明理由并通过" }).click();
    await expect.poll(() => page.locator("#toast").textContent()).toBe("已通过");
    expect((await draft(ids.blocked)).status).toBe("approved");
    await assertClean(recorded, "decisions");
    await page.close();
  });

  it("on a phone, opening a draft shows it on screen; the approved draft shows its override reason", async () => {
    const recorded = await openPage(browser, "phone");
    const { page } = recorded;
    await signIn(page, served.base, reviewer.key);
    await page.getByLabel("状态").selectOption("approved");
    await expect.poll(() => page.locator(".queue-item").count()).toBe(4);
    await page.locator(`.queue-item[data-id="${ids.warned}"]`).click();
    const heading = page.locator("#detail-heading");
    await heading.waitFor();
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    expect(await page.locator("#detail .override").textContent()).toBe(
      "放行警告的理由：限量提醒属实，语气是邀请，可以放行",
    );
    await screenshot(page, "review-approved", "phone");
    await assertClean(recorded, "approved on a phone");
    await page.getByRole("button", { name: "← 返回列表" }).click();
    await page.locator("#queue-list").waitFor();
    await screenshot(page, "review-queue", "phone");
    await assertClean(recorded, "queue on a phone");
    await page.close();
  });
});

describe("a rep with more drafts than one page", () => {
  it("reaches every one of them, the newest included, through 加载更多", async () => {
    const rep = await actorFor(context, "sales", "销售 小林");
    const mine: string[] = [];
    for (let i = 0; i < 35; i++) mine.push(await storeDraft(context, { author: rep, body: TEXTS.clean }));
    const recorded = await openPage(browser, "desktop");
    const { page } = recorded;
    await signIn(page, served.base, rep.key);
    await page.getByLabel("排序").selectOption({ label: "等待最久" });
    await expect.poll(() => page.locator("#queue-count").textContent()).toBe("共 35 条，已显示 30 条");
    const shown = () =>
      page.locator(".queue-item").evaluateAll((items) => items.map((item) => item.getAttribute("data-id")));
    expect(await shown()).not.toContain(mine[34]);
    await page.locator("#load-more").click();
    await expect.poll(() => page.locator("#queue-count").textContent()).toBe("共 35 条，已显示 35 条");
    expect(new Set(await shown())).toEqual(new Set(mine));
    expect(await page.locator("#load-more").isHidden()).toBe(true);
    await assertClean(recorded, "my drafts, second page");
    await page.close();
  });
});
