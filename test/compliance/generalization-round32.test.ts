// Word slots shared by the patterns of one kind of claim (compliance-rules/vocabulary.yaml): a gain verb, a
// steady return, and the seller nouns a superlative ranks. Round 32's first run missed a steady return "owned"
// and the biggest "centre" only because those words were not in one pattern's list; a slot gives every pattern of
// the kind the whole list. Then what rounds 32 and 33 missed or held once their first runs were recorded: a return
// called considerable beside safety, a return with no ceiling after a floor, a large appreciation foretold, a
// default announced in the press, the borrower called 借入者, a treatment's outcome secured, vitiligo removed,
// short sight shrinking, real-estate projects ranked; 第一笔, a single day's booked call, and germs washed off
// (病菌 is no disease: round 34's first run showed the 去除 verb added for round 31 reading hand-washing as a
// cure). Every sentence is written for these tests; each slot has look-alikes it must leave alone.
import { describe, it } from "vitest";
import { expectBlocks } from "./fixtures.ts";

describe("word slots shared by one kind of claim", () => {
  it("any verb of coming to have a steady return", async () => {
    await expectBlocks(
      ["持有满一年，您就拥有了固定的分红", "加入计划，坐享稳健的利润", "买入即可收获保底的回报"],
      ["追求稳定的回报，需要承受相应的波动", "我们无法保证您拥有稳定的回报", "稳定的收入来自一份稳定的工作"],
      "finance",
      "finance_promise",
    );
  });

  it("a superlative ranking the seller by any seller noun", async () => {
    await expectBlocks(
      ["我们是本地最大的皮肤管理工作室", "全市规模最大的口腔门诊"],
      ["离您最近的服务中心在二楼", "小区最近新开了一家美容会所"],
      "beauty",
      "absolute",
    );
  });

  it("a defaulter's data published, with who holds it standing between", async () => {
    await expectBlocks(
      [
        "借款人逾期满60天的，本公司有权把其在注册及使用过程中填写的以及本公司通过合作渠道自行掌握的全部个人信息写入平台黑名单，并向合作方公开",
      ],
      ["用户逾期的，我们会依法将逾期记录报送征信，您的个人信息不会对外公开"],
      "finance",
      "pii",
    );
  });
});

describe("claim families named after rounds 32 and 33", () => {
  it("a return called considerable, uncapped, or a large rise foretold", async () => {
    await expectBlocks(
      [
        "这是一个安全稳妥、回报可观的理财平台",
        "该账户收益设有保底利率，并且上不封顶",
        "地段成熟，未来有巨大的增值空间",
      ],
      [
        "收益有上限，具体以合同约定为准",
        "升值空间较大的说法存在不确定性，请谨慎决策",
        "回报是否可观取决于市场，可能亏损",
      ],
      "finance",
      "finance_promise",
    );
  });

  it("a default announced in the press, or a borrower's data published", async () => {
    await expectBlocks(
      ["借款人违约的，出借方有权在报刊上刊登公告催收"],
      ["出借方不会通过媒体公告催收，请放心", "逾期信息将依法报送征信中心"],
      "finance",
      "harassment",
    );
    await expectBlocks(
      ["借入人逾期超过一个月的，其填写的资料将被公开"],
      ["借入人逾期的，平台将依法催收，不会公开其个人资料"],
      "finance",
      "pii",
    );
  });

  it("a treatment's outcome secured, vitiligo removed, short sight shrinking", async () => {
    await expectBlocks(
      ["进口材料，正畸矫正效果有保障"],
      ["术后效果受个人体质影响，无法保障", "医保报销有保障政策，详询前台"],
      "medical",
      "medical_claim",
    );
    await expectBlocks(
      ["坚持涂抹三个月祛白斑", "戴了一个月，孩子近视度数降了"],
      ["配镜时请如实告知度数", "白斑患者请到正规医院就诊", "勤洗手可以去除手上沾到的病菌"],
      "beauty",
      "medical_claim",
    );
  });

  it("a housing project ranked, and the first payment as an ordinal", async () => {
    await expectBlocks(
      ["本小区是城东最大的滨湖社区"],
      ["首月充值第一笔后每月自动扣款", "离地铁站最近的小区入口在东门"],
      "retail",
      "absolute",
    );
  });

  it("a single day's booked call is not calls every day", async () => {
    await expectBlocks(
      ["你再不还钱，我天天给你打"],
      ["体检报告出来后，前一天给你打个电话约时间"],
      "medical",
      "harassment",
    );
  });
});
