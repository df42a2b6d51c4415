// A full street address (district, street, house number) is personal when it belongs to a person:
// a name or 收件/家住 cue right before it, or apartment-level detail without a shop/office cue.
const NUM = "[0-9一二三四五六七八九十百零]+";
const ADDRESS = new RegExp(
  `(?:[\\u4e00-\\u9fa5]{2,7}(?:省|自治区|市))?[\\u4e00-\\u9fa5]{1,8}(?:市|区|县|旗|镇)[\\u4e00-\\u9fa5${"0-9"}]{0,14}?(?:路|街|大道|巷|弄|胡同)${NUM}(?:号|弄)(?:[\\u4e00-\\u9fa5]{0,8}?${NUM}(?:-${NUM})?(?:号楼|栋|幢|座|单元|楼|室|号|层|户))*(?:[0-9]{3,4}(?![0-9]))?`,
  "g",
);
const ROOM = new RegExp(`${NUM}(?:-${NUM})?(?:室|户)|${NUM}(?:单元|栋|幢|号楼)`);
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const PERSON_BEFORE = new RegExp(
  `(?:[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:先生|女士|小姐)?|先生|女士|小姐)[\\s:：,，]*(?:\\+?\\d[\\d\\s-]{6,}\\d)?[\\s:：,，]*$`,
);
/** the address of the person named right after it: 文三路138号的赵先生, 3栋2单元的王阿姨 */
const PERSON_AFTER = new RegExp(
  `^(?:的|家的)?(?:[${SURNAMES}][\\u4e00-\\u9fa5]{0,2}?)?(?:先生|女士|小姐|阿姨|叔叔|大爷|大妈|奶奶|爷爷|同学|业主|住户)`,
);
const PERSONAL_CUE =
  /(收件|收货|家住|住址|家庭住址|住在|寄到|寄往|送到|送货地址|配送地址|上门地址|家里地址|家的地址|联系地址)/;
const BUSINESS_CUE =
  /(门店|店址|本店|到店|总部|公司|商场|广场|中心|营业|展厅|专卖店|旗舰店|体验店|工厂|厂址|办公|写字楼|大厦|仓库|服务网点)/;

export function findPersonalAddresses(folded: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of folded.matchAll(ADDRESS)) {
    let start = match.index;
    const end = start + match[0].length;
    // the optional province or city prefix can swallow the words before it (请问是住在广州市…, 黄先生住在…):
    // a personal cue inside the match starts the address after it
    let cueInside = false;
    for (const cue of match[0].matchAll(new RegExp(PERSONAL_CUE.source, "g"))) {
      const after = match.index + cue.index + cue[0].length;
      if (after - match.index <= 10) {
        start = after;
        cueInside = true;
      }
    }
    const before = folded.slice(Math.max(0, start - 24), start);
    const hasRoom = ROOM.test(match[0]);
    const personal =
      cueInside ||
      PERSON_BEFORE.test(before) ||
      PERSONAL_CUE.test(before) ||
      (PERSON_AFTER.test(folded.slice(end, end + 8)) && !BUSINESS_CUE.test(before)) ||
      (hasRoom && !BUSINESS_CUE.test(before) && !BUSINESS_CUE.test(match[0]));
    if (personal) found.push({ start, end });
  }
  return found;
}
