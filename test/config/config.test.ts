import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.ts";

describe("loadConfig", () => {
  it("fills defaults and treats empty strings as unset", () => {
    const config = loadConfig({ PORT: "", DATABASE_URL: "  ", LIANGYAN_DATA_DIR: "" });
    expect(config.PORT).toBe(8787);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.LIANGYAN_DATA_DIR).toBe("./data");
  });

  it("coerces numbers and keeps a valid postgres URL", () => {
    const config = loadConfig({ PORT: "9000", DATABASE_URL: "postgresql://u:p@db:5432/ly" });
    expect(config.PORT).toBe(9000);
    expect(config.DATABASE_URL).toBe("postgresql://u:p@db:5432/ly");
  });

  it.each([
    ["PORT", "eighty", /PORT/],
    ["PORT", "70000", /PORT/],
    ["DATABASE_URL", "mysql://x", /DATABASE_URL: expected a postgres/],
    ["LLM_BASE_URL", "not a url", /LLM_BASE_URL/],
    ["LLM_MAX_RETRIES", "-1", /LLM_MAX_RETRIES/],
  ])("a bad %s (%s) stops start-up naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("an LLM model without a key or base URL is refused", () => {
    expect(() => loadConfig({ LLM_MODEL: "deepseek-chat" })).toThrow(/LLM_API_KEY/);
    expect(loadConfig({ LLM_MODEL: "qwen2.5", LLM_BASE_URL: "http://127.0.0.1:11434/v1" }).LLM_MODEL).toBe(
      "qwen2.5",
    );
  });
});
