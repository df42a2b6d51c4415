// What an AI outbound call owes in its opening (the caller named, the AI disclosed) and in a full script (a way
// out), and how a text filed as a call is told from an SMS read on a screen.

import type { Finding } from "../types.ts";
import { namesCaller, namesOnlyADesk } from "./caller-identity.ts";
import { missingElement } from "./missing-element.ts";
import { readNotice } from "./offer-or-notice.ts";
import { SMS_OPT_OUT, SMS_SIGNATURE } from "./sms-elements.ts";

const OPENING =
  /^.{0,8}?(您好|你好|喂|哈喽|hello|hi|早上好|上午好|下午好|晚上好|(?<!不)打扰(您|你|一下)|尊敬的|亲爱的|我是|这里是|这边是)/i;
/** a call that starts by addressing the person (阿姨，… / 张总，…) is an opening too, just without a greeting */
const ADDRESS_OPENING =
  /^\s*(阿姨|叔叔|大爷|大妈|奶奶|爷爷|大哥|大姐|姐姐|哥哥|姐|哥|老板|家长|亲|美女|帅哥|[\u4e00-\u9fa5]{1,2}(总|先生|女士|老师|姐|哥|阿姨|叔))[，,！!]/;
/** a call that opens on the pitch itself, a question about the listener's needs: 您最近有资金上的需求吗？ */
const PITCH_OPENING =
  /^(?!\s*[【[(（]?(客户|顾客|用户|对方|家长)[^，,。！？\n]{0,4}[:：说问])[^。！？!?\n]{0,24}(?<![不没])(需要|需求|要不要(?!了)|考虑|有没有|想不想|了解一下)[^。！？!?\n]{0,16}(吗|呢)?[？?]/;
/** what an AI call owes in its opening: who calls, and that an AI calls */
const OUTBOUND_OPENING_ARTICLE = "《互联网信息服务深度合成管理规定》第十七条；工信部关于规范外呼的要求";
const CLOSING = /(再见|拜拜|祝您生活愉快|不打扰您了|不再打扰|那我先挂|感谢您的接听|感谢接听)/;
/** why the call is made (给您来电是提醒您…): a whole short call, not just its goodbye, even if it also says goodbye */
const CALL_PURPOSE =
  /(给(您|你)来电|来电是(想|为了|提醒|通知|告诉)|致电(您|你)|打电话给(您|你)是|打这个电话是)/;
/** an AI or an automated caller named as such: AI (not inside a Latin word such as Haier or Daily), 智能…助手,
 * 虚拟坐席, 系统自动拨打, 预录语音, 大模型, 智能体 */
const AI_DISCLOSURE =
  /((?<![a-z])a\.?i\.?(?![a-z])|人工智能|智能[^，,。！？\s]{0,4}(助手|助理|助教|外呼|机器人)|智能(语音)?客服|智能语音|自动语音|机器人|虚拟(助手|客服|坐席|人|员工|主播)|数字(人|员工)|语音助手|(系统|电脑)?自动(拨打|拨出|拨号|外呼|呼叫|播报)|预录|录音播报|机器(语音|人声)|大模型|智能体|智能服务(?!(有限)?公司|中心|部|平台))/i;
/** an AI word that names a product, a course or a firm (扫地机器人售后, 人工智能编程营, AI学习机的顾问): it says what is
 * sold, not who is calling (AI课程顾问, a role right after the course word, is the caller) */
const AI_IN_A_NAME =
  /((?<!我是|我是一台|我是一个)(扫地|擦窗|拖地|割草|炒菜|送餐|陪伴|早教|教育|编程|乐高|积木|工业|焊接|手术)机器人(?!小|助手|客服)|(?<![a-z])(a\.?i|人工智能|机器人|智能体|大模型)((?!助|客服|语音|坐席|外呼)[^，,。！？\s]){0,2}?(编程|课程|课|学习机|学练机|学院|学校|培训|训练营|营|公司|科技|集团|产品|眼镜|音箱|手表|耳机|绘画|写作|翻译|技术|产业|专业|售后|门店|旗舰店|品牌|比赛|大赛|竞赛|教育|实验室|研究院|考试|证书|工程师|相机|摄像头|冰箱|空调|电视|扫地|吸尘|项目|软件|插件)(?![^，,。！？\s]{0,3}(助|客服|语音|坐席|外呼|机器人))(?![^，,。！？\s的]?(顾问|专员|老师|规划师)))/gi;
const FALSE_HUMAN =
  /(我是真人|不是机器人|并非机器人|不是ai|不是人工智能|真人客服|人工客服本人|我是[^，。]{0,6}本人)/i;
/** a script's own words for its branches (客户说, 意向客户, 异议); 续保意向 in a plain opening is the caller's question */
const SCRIPT_MARKERS =
  /(客户(说|回答|表示|拒绝)|若客户|如果客户|如客户|(有|无|没有|高|低)意向|意向(客户|强|弱|[:：])|【[^】]{1,10}】|分支|异议)/;
const OPT_OUT =
  /(不再[^，。！？\n]{0,8}(打扰|联系|致电|来电|拨打|电话|提醒|推送|通知)|不会(再|重复)(来电|致电|打扰|联系)|退订|移除|勿扰|黑名单|不需要的话|不需要(可以|可|就)|拒绝后|免打扰|直接挂断|取消(推送|通知|来电))/;

/** a slot the sender fills with its own name (这里是【机构名称】): the script names the caller once filled in */
const NAME_SLOT = /【[^】]{0,4}(机构|公司|品牌|门店|银行|平台|商家|店铺)(名称|名字|名)?】/g;

/** a script's stage or branch marker, 【开场白】 or 【客户拒绝】, which a sender's signature never is */
const STAGE_MARKER =
  /【[^】]{0,8}(开场|客户|异议|结束|挂机|分支|意向|拒绝|话术|步骤|回答|问题|介绍|确认|邀约|促成|收尾|坐席|场景|情景|节点|流程|如果|若)[^】]{0,8}】/;
/** a template's slot, 【日期】 or 【客户姓名】, filled before sending: not a script's stage marker either */
const TEMPLATE_SLOT =
  /【[^】]{0,6}(日期|时间|姓名|名字|称呼|金额|电话|号码|名称|地址|编号|链接|产品名?|门店|品牌|xx|XX|\*+)[^】]{0,4}】/g;
/** a sender's signature in SMS position, 【招商银行】 at the start or the end */
const SIGNATURE_AT_EDGE = /^\s*【[^】]{2,16}】|【[^】]{2,16}】[。.\s]*$/g;
/** a link, a reply keyword or a placeholder filled by a gateway ({$money}, ${金额}, #company#, %s): the text is read on
 * a screen, not spoken on a call */
const WRITTEN_ONLY =
  /(https?:\/\/|www\.|[a-z0-9-]+\.(cn|com)\/|点击链接|点击查看|点击申请|%s|\{\$?[a-z_]+\}|\$\{[^}]{1,12}\}|#[a-z_]+#|(直接)?回复[^。！？\s]{0,14}(即可|我们|给我们))/i;
/** an app to open or a one-time code written out: a screen's words, unless the text opens as a call does (喂, 请问是…吗,
 * 这边是, 我是: 您登录App看下账单 is said on the phone) */
const SCREEN_ONLY =
  /(打开|登录|登陆|进入)[^。！？，,\s]{0,2}(app|客户端)|验证码(为|是)?[:：]?\s*(\d{4,}|\$?\{|#|x{3,})/i;
const CALL_CUE = /(^|[，,。！？\s])喂|请问(您)?是|这边是|这里是|我是|我们是|念给我|报给我|告诉我/;
/** a letter's salutation (尊敬的客户：) on a text that asks nothing and introduces no caller: a notice read on a
 * screen, not a call */
const LETTER = /^\s*([^，,。！？\n]{0,10}[：:]\s*)?尊敬的[^，,：:。！？\n]{0,12}[，,：:]/;
const ASKS = /[？?]|吗|是否方便|方便吗|我是|这里是|这边是/;

/** a debt chased: a call about one must say who is calling, so an unsigned one is never read as a mere notice */
const DEBT = /(逾期|欠款|催收|应还|待还|还款|还清|欠费)/;

/** An outbound text that is an SMS: signed like one, carrying what only a screen can show, or a notice of the
 * customer's own account, order or booking that asks nothing and introduces no caller, nor whom it acts for
 * (您好！您已成功预约…); and no stage of a call script in it. */
export function readsAsSms(text: string, industry: string | undefined): boolean {
  // a slot (【客户姓名】) names no stage, whatever word it holds
  if (STAGE_MARKER.test(text.replace(TEMPLATE_SLOT, ""))) return false;
  return (
    SMS_SIGNATURE.test(text) ||
    SMS_OPT_OUT.test(text) ||
    WRITTEN_ONLY.test(text) ||
    (SCREEN_ONLY.test(text) && !CALL_CUE.test(text)) ||
    (LETTER.test(text) && !ASKS.test(text)) ||
    (!CALL_CUE.test(text) &&
      !ASKS.test(text) &&
      !namesCaller(text) &&
      !DEBT.test(text) &&
      readNotice(text, industry).notice)
  );
}

export function outboundFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const head = text.slice(0, 120).replace(NAME_SLOT, "某某公司");
  const isOpening =
    (OPENING.test(text) || ADDRESS_OPENING.test(text) || PITCH_OPENING.test(text)) &&
    (!CLOSING.test(head) || CALL_PURPOSE.test(head));
  // a caller who hides the brand or claims to be human misleads. A named caller still owes the AI line: an
  // outbound script is read by a voice model (the channel is AI外呼话术), and a listener has the right to know it.
  const misleads = FALSE_HUMAN.test(text) || !namesCaller(head) || namesOnlyADesk(head);
  if (isOpening && misleads) {
    findings.push(
      missingElement(
        "required.outbound_opening",
        "block",
        OUTBOUND_OPENING_ARTICLE,
        '开场白说明品牌与AI身份，如"您好，我是XX品牌的AI智能助手"',
      ),
    );
  } else if (isOpening && !AI_DISCLOSURE.test(head.replace(AI_IN_A_NAME, "某"))) {
    findings.push(
      missingElement(
        "required.outbound_ai_disclosure",
        "block",
        OUTBOUND_OPENING_ARTICLE,
        '开场白说明来电的是AI，如"我是XX品牌的AI智能助手"',
      ),
    );
  }
  const unslotted = text.replace(TEMPLATE_SLOT, "");
  const isScript =
    text.split(/\n+/).length >= 3 ||
    SCRIPT_MARKERS.test(STAGE_MARKER.test(unslotted) ? unslotted : unslotted.replace(SIGNATURE_AT_EDGE, ""));
  if (isScript && !OPT_OUT.test(text)) {
    findings.push(
      missingElement(
        "required.outbound_opt_out",
        "block",
        "《通信短信息和语音呼叫服务管理规定》第十九条",
        '补充拒绝分支："好的，不再打扰您，祝您生活愉快"',
      ),
    );
  }
  return findings;
}
