// One jieba segmenter per process, shared by retrieval and the compliance claim model: loading the
// default dictionary takes ~150 ms and ~30 MB, so it happens on first use, once.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let instance: Jieba | undefined;

export function sharedJieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}
