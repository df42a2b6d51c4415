// Round 44 and what the rounds before it left. A state organ, the army or a state venue named as the one who
// recommends, designates or supplies a product sells it with the state's name (《广告法》第九条第（二）项); an
// approval the product holds, a dietary guideline and a warning against such claims do not. Every sentence is
// written for these tests; each family has look-alikes.
import { describe, it } from "vitest";
import { expectBlocks } from "./fixtures.ts";

describe("claim families named after round 44", () => {
  it("a state organ or the army said to recommend, designate or supply the product", async () => {
    await expectBlocks(
      [
        "本品由国家卫健委推荐，送长辈正合适",
        "这套护具被国家体育总局指定为专用产品",
        "我厂是部队定点供应单位，质量放心",
        "本店是国家药监局指定网上药房，买药就来这里",
      ],
      [
        "本药经国家药监局批准上市，请按说明书服用",
        "国家卫健委推荐成年人每天饮水1500毫升左右",
        "警惕打着国家卫健委推荐旗号卖保健品的骗局",
        "中央空调推荐品牌清单已更新，欢迎到店咨询",
      ],
      "retail",
      "absolute",
    );
  });
});
