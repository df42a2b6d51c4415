// The launcher every browser test uses: the npm-bundled Chromium starts and draws Chinese on any machine
// (it is forced here even where a system Chromium exists), and the automatic choice does too.
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseBrowser, launchBrowser } from "../support/browser.ts";

/**
 * Draws each text on a canvas with the default sans-serif font and returns its pixels as a string. With no
 * CJK font, Chinese comes out blank or as identical boxes, so two different words draw the same pixels.
 */
async function drawings(browser: Browser, texts: string[]): Promise<{ inked: number; pixels: string }[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((words) => {
      return words.map((word) => {
        const canvas = document.createElement("canvas");
        canvas.width = 200;
        canvas.height = 60;
        const context = canvas.getContext("2d") as CanvasRenderingContext2D;
        context.fillStyle = "#fff";
        context.fillRect(0, 0, 200, 60);
        context.fillStyle = "#000";
        context.font = "40px sans-serif";
        context.fillText(word, 0, 45);
        const data = context.getImageData(0, 0, 200, 60).data;
        let inked = 0;
        for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 128) inked++;
        return { inked, pixels: Array.from(data, (value) => (value < 128 ? "1" : "0")).join("") };
      });
    }, texts);
  } finally {
    await page.close();
  }
}

async function expectChineseDrawn(browser: Browser): Promise<void> {
  const [finance, invest, tofu] = await drawings(browser, ["理财", "投资", "\u{10FFFD}\u{10FFFD}"]);
  expect(finance?.inked).toBeGreaterThan(100);
  expect(invest?.inked).toBeGreaterThan(100);
  expect(finance?.pixels).not.toBe(invest?.pixels);
  // A code point no font has draws as nothing or a box: real glyphs must differ from it.
  expect(finance?.pixels).not.toBe(tofu?.pixels);
}

describe("the test browser", () => {
  it("the Chromium shipped in the npm package starts without a system browser and draws Chinese", async () => {
    const { browser, source } = await launchBrowser({
      env: { ...process.env, LIANGYAN_TEST_BROWSER: "bundled" },
    });
    try {
      expect(source.kind).toBe("bundled");
      await expectChineseDrawn(browser);
    } finally {
      await browser.close();
    }
  });

  it("the automatic choice takes a system Chromium on PATH when there is one and the bundled one otherwise", async () => {
    expect(chooseBrowser({ PATH: "/nonexistent" }).kind).toBe("bundled");
    expect(chooseBrowser({ PATH: "/nonexistent", LIANGYAN_TEST_BROWSER: "bundled" }).kind).toBe("bundled");
    expect(() => chooseBrowser({ PATH: "/nonexistent", LIANGYAN_TEST_BROWSER: "system" })).toThrow(
      /no system Chromium/,
    );
    expect(() => chooseBrowser({ LIANGYAN_TEST_BROWSER: "firefox" })).toThrow(/auto, system or bundled/);
    const { browser, source } = await launchBrowser();
    try {
      expect(source).toEqual(chooseBrowser());
      await expectChineseDrawn(browser);
    } finally {
      await browser.close();
    }
  });
});
