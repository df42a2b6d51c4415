// Words that occur in almost every piece of marketing copy and so say nothing about which item fits a query.
// Kept short on purpose: a word listed here can never be searched for.
const CHINESE =
  "的 了 是 在 和 与 及 或 也 都 就 还 又 被 把 给 对 从 向 到 让 请 吧 呢 啊 哦 嗯 呀 吗 么 之 而 着 过 " +
  "我 你 您 他 她 它 我们 你们 您们 他们 她们 咱们 大家 自己 这 那 这个 那个 这些 那些 这里 那里 " +
  "一个 一些 一下 什么 怎么 怎么办 怎么样 为什么 可以 如果 因为 所以 但是 而且 然后 已经 还是 就是 以及 或者 并且 " +
  "非常 比较 进行 以上 以下 其他 其中 通过 为了 关于";
// English, for the latin words in mixed copy.
const ENGLISH = "a an the and or of to in on for is are be with by at";

export const STOP_WORDS: ReadonlySet<string> = new Set(`${CHINESE} ${ENGLISH}`.split(" "));
