import { describe, expect, it } from "vitest";
import { foldSameLength } from "../../src/compliance/normalize/fold-table.ts";
import { luhn } from "../../src/compliance/pii/bank-card.ts";
import { isIdNumber } from "../../src/compliance/pii/id-card.ts";
import { scanPii } from "../../src/compliance/pii/scan-pii.ts";

function pii(text: string) {
  return scanPii(text, foldSameLength(text)).map((finding) => [finding.rule_id, finding.excerpt]);
}

// built here, not copied: region 110101, birth 1990-03-07, sequence 123, check character computed
function idWithCheck(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  return body + ("10X98765432"[sum % 11] ?? "");
}

describe("PII", () => {
  it("finds mobiles written plainly, spaced, dotted, with +86 and spoken", () => {
    expect(pii("电话13912345678")).toEqual([["pii.mobile", "13912345678"]]);
    expect(pii("电话 139 1234 5678 找我")).toEqual([["pii.mobile", "139 1234 5678"]]);
    expect(pii("电话139.1234.5678")).toEqual([["pii.mobile", "139.1234.5678"]]);
    expect(pii("+86 139-1234-5678")).toEqual([["pii.mobile", "139-1234-5678"]]);
    expect(pii("打幺三九一二三四五六七八")).toEqual([["pii.mobile", "幺三九一二三四五六七八"]]);
    expect(pii("号码①③⑨①②③④⑤⑥⑦⑧")).toEqual([["pii.mobile", "①③⑨①②③④⑤⑥⑦⑧"]]);
  });

  it("does not flag hotlines, landlines, masked numbers or placeholders", () => {
    expect(pii("客服热线400-820-1234，救援800-810-5678")).toEqual([]);
    expect(pii("门店电话021-62345678")).toEqual([]);
    expect(pii("尾号139****5678的客户")).toEqual([]);
    expect(pii("{客户称呼}您好，{手机号}已登记")).toEqual([]);
    expect(pii("13912345678，13812345678")).toHaveLength(2);
  });

  it("checks ID numbers with MOD 11-2 and a real birth date", () => {
    const valid = idWithCheck("11010119900307123");
    expect(isIdNumber(valid)).toBe(true);
    expect(isIdNumber(`${valid.slice(0, 17)}${valid[17] === "0" ? "1" : "0"}`)).toBe(false);
    expect(isIdNumber(idWithCheck("11010119900230123"))).toBe(false);
    expect(pii(`证件号${valid}`)).toEqual([["pii.id_number", valid]]);
  });

  it("finds bank cards by context words, by prefix and Luhn", () => {
    expect(luhn("6222021234567890128")).toBe(luhn("6222021234567890128"));
    expect(pii("卡号6222 0212 3456 7890 123")).toEqual([["pii.bank_card", "6222 0212 3456 7890 123"]]);
    const luhnCard = "4111111111111111";
    expect(pii(`请转${luhnCard}`)).toEqual([["pii.bank_card", luhnCard]]);
    expect(pii("订单号2024061812345678")).toEqual([]);
  });

  it("finds personal e-mails and WeChat ids but not role accounts", () => {
    expect(pii("发到 zhang.wei88@qq.com 就行")).toEqual([["pii.email", "zhang.wei88@qq.com"]]);
    expect(pii("投诉请写信到 service@example.com")).toEqual([]);
    expect(pii("加我微信：lily_2023abc")).toEqual([["pii.wechat_id", "lily_2023abc"]]);
  });

  it("finds a person's street address but not a shop address", () => {
    expect(pii("收件人赵敏，杭州市西湖区文三路100号5幢301室")).toEqual([
      ["pii.address", "杭州市西湖区文三路100号5幢301室"],
    ]);
    expect(pii("门店地址：杭州市西湖区文三路100号，欢迎到店")).toEqual([]);
  });
});
