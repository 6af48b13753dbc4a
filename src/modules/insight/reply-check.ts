/**
 * The reply check (答复质量): how well a unit's answer meets the message it answers. Pure.
 *
 * - relevance (相关性): how many of the message's words (jieba, stop words left out) the reply takes
 *   up, half of them being full marks (a word counts by the share of its character pairs found, so
 *   灯不亮 is met by 路灯不亮); with the category classifier, averaged with how alike the categories
 *   of message and reply are, so an answer about a supermarket to a message about street lights is
 *   caught even when both name the same village.
 * - concreteness (具体性): what was done and with what result, when, by whom, on what basis
 *   (reply-phrases.ts), weighted 0.45, 0.25, 0.2, 0.1.
 * - boilerplate (套话): the share of the reply in stock phrases or in sentences with nothing concrete.
 * score = 100 × (0.3 + 0.7 relevance) × (0.65 concreteness + 0.35 (1 − boilerplate)), less for a
 * very short reply; and the weak points a reviewer should look at.
 */

import { type CategoryClassifier, rankCategories } from '../text/category-classifier.ts';
import { normaliseText } from '../text/normalise.ts';
import { generalIdf } from './general-idf.ts';
import { featureWords } from './hot-issue-terms.ts';
import { ACTION, ACTOR, BASIS, DECISION, RESULT, STOCK, TIME } from './reply-phrases.ts';
import { STOP_WORDS } from './stop-words.ts';

export interface WeakPoint {
  code: 'off_topic' | 'no_result' | 'no_time' | 'no_actor' | 'no_basis' | 'boilerplate' | 'too_short';
  zh: string;
  en: string;
}

export interface ReplyCheck {
  score: number;
  relevance: number;
  concreteness: number;
  boilerplate: number;
  /** What was found, for showing the reviewer. */
  found: { actions: string[]; times: string[]; actors: string[]; bases: string[]; stockPhrases: string[] };
  weakPoints: WeakPoint[];
}

const weakPointTexts: Record<WeakPoint['code'], Omit<WeakPoint, 'code'>> = {
  off_topic: {
    zh: '与诉求关联度低：答复未回应群众反映的具体问题',
    en: 'Little to do with the message: the reply does not take up what was asked about',
  },
  no_result: { zh: '未说明处理措施和结果', en: 'Does not say what was done and with what result' },
  no_time: { zh: '未说明办理时间', en: 'Does not say when it was done' },
  no_actor: { zh: '未说明办理单位或人员', en: 'Does not say which unit or who acted' },
  no_basis: { zh: '作出处理决定或不予支持，但未说明依据', en: 'Decides or refuses without saying on what basis' },
  boilerplate: { zh: '套话占比高，实质内容少', en: 'Mostly stock phrases, little substance' },
  too_short: { zh: '回复过短', en: 'The reply is too short' },
};

const MAX_TELLING_WORDS = 10;
const OFF_TOPIC = 0.35;
const SHORT_REPLY = 30;

const round2 = (x: number) => Math.round(x * 100) / 100;

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}

function pairsOf(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return [word];
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** The message's telling words, and the share of them the reply takes up (0…1, half being full marks). */
function wordCoverage(message: string, reply: string): { score: number; words: string[] } {
  const words = [...new Set(featureWords(message, new Set()))].filter((w) => !STOP_WORDS.has(w) && !/^\d/.test(w));
  if (words.length === 0) return { score: 0.5, words: [] };
  let met = 0;
  for (const word of words) {
    const pairs = pairsOf(word);
    met += pairs.filter((p) => reply.includes(p)).length / pairs.length;
  }
  // A reply need not repeat the whole story: taking up half of the message's words is full marks.
  const tellingFirst = [...words].sort((a, b) => generalIdf(b) - generalIdf(a));
  return { score: Math.min(1, (2 * met) / words.length), words: tellingFirst.slice(0, MAX_TELLING_WORDS) };
}

/** How alike the two texts' categories are (Bhattacharyya coefficient of the classifier's confidences). */
function topicAgreement(classifier: CategoryClassifier, message: string, reply: string): number {
  const p = new Map(
    rankCategories(classifier, message, classifier.categories.length).map((s) => [s.category, s.confidence]),
  );
  let sum = 0;
  for (const s of rankCategories(classifier, reply, classifier.categories.length))
    sum += Math.sqrt(s.confidence * (p.get(s.category) ?? 0));
  return Math.min(1, sum);
}

/** Sentences, with their positions, split at full stops, semicolons, exclamation and question marks and line breaks. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。；;！!？?\n])/u).filter((s) => s.trim() !== '');
}

function isConcrete(sentence: string, tellingWords: readonly string[]): boolean {
  const test = (pattern: RegExp) => {
    pattern.lastIndex = 0;
    const hit = pattern.test(sentence);
    pattern.lastIndex = 0;
    return hit;
  };
  return (
    test(ACTION) ||
    test(RESULT) ||
    test(TIME) ||
    test(ACTOR) ||
    test(BASIS) ||
    /\d/.test(sentence) ||
    tellingWords.some((w) => sentence.includes(w))
  );
}

/** Share of the reply that is stock phrases, or sentences with nothing concrete in them. */
function boilerplateOf(reply: string, tellingWords: readonly string[]): number {
  const length = reply.replace(/\s/g, '').length;
  if (length === 0) return 1;
  let hollow = 0;
  for (const sentence of sentencesOf(reply)) {
    const size = sentence.replace(/\s/g, '').length;
    const stock = matchesOf(STOCK, sentence).reduce((sum, phrase) => sum + phrase.length, 0);
    const rest = sentence.replace(STOCK, '');
    hollow += isConcrete(rest, tellingWords) ? Math.min(size, stock) : size;
  }
  return Math.min(1, hollow / length);
}

export interface ReplyCheckOptions {
  /** The category classifier (text module): with it, relevance also asks whether message and reply are about the same kind of thing. */
  classifier?: CategoryClassifier;
}

export function checkReply(message: string, reply: string, options: ReplyCheckOptions = {}): ReplyCheck {
  const m = normaliseText(message).toLowerCase();
  const r = normaliseText(reply).toLowerCase();
  const coverage = wordCoverage(m, r);
  const relevance = {
    words: coverage.words,
    score: options.classifier ? 0.5 * coverage.score + 0.5 * topicAgreement(options.classifier, m, r) : coverage.score,
  };
  const actors = [
    ...new Set(matchesOf(ACTOR, r).map((a) => a.replace(/^(经|由|会同|联合|联系|并|与|和|及|对|请)/, ''))),
  ];
  const found = {
    actions: matchesOf(ACTION, r),
    times: matchesOf(TIME, r),
    actors,
    bases: matchesOf(BASIS, r),
    stockPhrases: matchesOf(STOCK, r),
  };
  const results = matchesOf(RESULT, r);
  const action = Math.min(
    1,
    (found.actions.length >= 2 ? 0.7 : found.actions.length * 0.4) + (results.length > 0 ? 0.3 : 0),
  );
  const when = found.times.length > 0 ? 1 : 0;
  const who = found.actors.length > 0 ? 1 : 0;
  const named = /《[^》]+》|依据|依照|根据|按照/.test(r);
  const basis = named ? 1 : found.bases.length > 0 ? 0.5 : 0;
  const concreteness = 0.45 * action + 0.25 * when + 0.2 * who + 0.1 * basis;
  const boilerplate = boilerplateOf(r, relevance.words);
  const length = r.replace(/\s/g, '').length;
  // An answer to another question is worth little however concrete: relevance scales the rest.
  let score = 100 * (0.3 + 0.7 * relevance.score) * (0.65 * concreteness + 0.35 * (1 - boilerplate));
  if (length < SHORT_REPLY) score *= 0.6;

  const weak: WeakPoint['code'][] = [];
  if (relevance.score < OFF_TOPIC) weak.push('off_topic');
  if (results.length === 0 && found.actions.length < 2) weak.push('no_result');
  if (when === 0) weak.push('no_time');
  if (who === 0) weak.push('no_actor');
  if (DECISION.test(r) && !named) weak.push('no_basis');
  if (boilerplate >= 0.4) weak.push('boilerplate');
  if (length < SHORT_REPLY) weak.push('too_short');
  return {
    score: Math.max(0, Math.min(100, Math.round(score))),
    relevance: round2(relevance.score),
    concreteness: round2(concreteness),
    boilerplate: round2(boilerplate),
    found,
    weakPoints: weak.map((code) => ({ code, ...weakPointTexts[code] })),
  };
}
