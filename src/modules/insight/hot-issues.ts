/**
 * Hot issues (热点): cases and public topics grouped into clusters of the same matter at the same
 * place, ranked by heat. Pure and deterministic: the same items and options give the same clusters.
 *
 * - Texts are compared by their character pairs weighted by IDF over the input (a pair most texts
 *   share tells little), cosine similarity; place-name pairs are left out because the place is
 *   compared on its own: two items link only when their place keys are equal or one is unknown.
 * - Neighbours come from an inverted index (term → items), per place, so 20,000 items take seconds,
 *   not the 200 million comparisons of all pairs; terms in more than 5% of the texts are not indexed.
 * - Clustering is star-shaped, without chaining: the item with the most neighbours leads a cluster
 *   and takes its neighbours still free, then the next; an item whose neighbours are all taken joins
 *   the cluster of the nearest one. A cluster keeps one place: an item of unknown place (a topic)
 *   joins the place of the first placed member.
 * - Heat (热度) = (reports + supportWeight · supports, each decayed by age with a half-life)
 *   × (1 + 0.25 · ln(1 + days between the first and the last report)): a matter raised again and
 *   again over weeks outranks one burst of identical reports.
 */

import { generalIdf } from './general-idf.ts';
import { keywordsOf } from './hot-issue-keywords.ts';
import { featureWords, preparePlaceWords, quickNormalise } from './hot-issue-terms.ts';
import { similarityGraph } from './similarity-graph.ts';

export type HotItemKind = 'case' | 'topic';

export interface HotItem {
  id: string;
  kind: HotItemKind;
  title?: string | null | undefined;
  text: string;
  time: Date;
  /** The place key (a village or community, else a township); unknown when absent. */
  place?: string | null | undefined;
  /** The place as people read it (南沟村); the key when absent. */
  placeName?: string | null | undefined;
  /** Public supports (点赞, 支持). */
  supports?: number | undefined;
  /** How many reports the item stands for (a case with the cases merged into it: its heat); 1 when absent. */
  reports?: number | undefined;
}

export interface HotIssueOptions {
  /** Cosine similarity at or above which two items are about the same matter … */
  threshold?: number;
  /** … and the lower one for two items at the same known place, where a different matter rarely shares the telling words. */
  placeThreshold?: number;
  /** The time heat decays towards; the latest item's time when absent. */
  now?: Date;
  halfLifeDays?: number;
  /** What one support weighs against one report. */
  supportWeight?: number;
  maxClusterSize?: number;
  /** A cluster is shown from this many reports on … */
  minReports?: number;
  /** … or from this many supports (a topic many people back). */
  minSupports?: number;
  /** How many clusters to return, the hottest first. */
  limit?: number;
  /** How many members each cluster lists (size counts them all). */
  memberLimit?: number;
  /** Place names (村、社区、镇、街道) whose pairs are not compared as text. */
  placeWords?: Iterable<string>;
  /** Only the beginning of a long text is compared (the matter comes first). */
  maxTextChars?: number;
  /** Terms in more than this share of the texts are stop terms. */
  maxDfShare?: number;
}

export interface HotMember {
  id: string;
  kind: HotItemKind;
  title: string;
  time: string;
  place: string | null;
}

export interface HotCluster {
  title: string;
  place: string | null;
  /** The place key of the cluster (the first placed member's). */
  placeKey: string | null;
  from: string;
  to: string;
  size: number;
  reports: number;
  supports: number;
  heat: number;
  keywords: string[];
  members: HotMember[];
}

const dayMs = 86_400_000;
const BACKGROUND_TEXTS = 100;
const defaults = {
  threshold: 0.45,
  placeThreshold: 0.3,
  halfLifeDays: 30,
  supportWeight: 0.2,
  maxClusterSize: 1000,
  minReports: 2,
  minSupports: 5,
  maxTextChars: 200,
};

interface Prepared {
  item: HotItem;
  terms: Int32Array;
}

interface Corpus {
  prepared: Prepared[];
  df: Int32Array;
  idf: Float64Array;
  dictionary: Map<string, number>;
  placeWords: Set<string>;
}

function prepare(items: readonly HotItem[], options: HotIssueOptions): Corpus {
  const ordered = [...items].sort(
    (a, b) => a.time.getTime() - b.time.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const names = new Set<string>(options.placeWords ?? []);
  for (const item of ordered) if (item.placeName) names.add(item.placeName);
  const placeWords = preparePlaceWords(names);
  const dictionary = new Map<string, number>();
  const maxChars = options.maxTextChars ?? defaults.maxTextChars;
  const ids = new Set<number>();
  const prepared: Prepared[] = ordered.map((item) => {
    ids.clear();
    const text = quickNormalise(`${item.title ?? ''}。${quickNormalise(item.text, maxChars)}`);
    for (const word of featureWords(text, placeWords)) {
      let id = dictionary.get(word);
      if (id === undefined) {
        id = dictionary.size;
        dictionary.set(word, id);
      }
      ids.add(id);
    }
    return { item, terms: Int32Array.from(ids).sort() };
  });
  const df = new Int32Array(dictionary.size);
  for (const p of prepared) for (const t of p.terms) df[t] = (df[t] ?? 0) + 1;
  const n = prepared.length;
  const idf = new Float64Array(dictionary.size);
  // The mean of the word's rarity here and in Chinese at large. Here as if over BACKGROUND_TEXTS more
  // texts without the word: in a quiet week the matter's own words (路灯 in half the texts) would
  // otherwise weigh like stop words, and general Chinese says that 附近 or 已经 are filler.
  const words = [...dictionary.keys()];
  for (let t = 0; t < df.length; t += 1)
    idf[t] = (Math.log((n + BACKGROUND_TEXTS + 1) / ((df[t] ?? 0) + 1)) + generalIdf(words[t] ?? '')) / 2;
  return { prepared, df, idf, dictionary, placeWords };
}

/** Star clustering over the similarity graph: returns each cluster as item indexes, its leader first. */
function starClusters(
  count: number,
  places: readonly (string | null)[],
  neighbours: readonly { j: number; sim: number }[][],
  maxSize: number,
): number[][] {
  const strength = neighbours.map((list) => list.reduce((sum, e) => sum + e.sim, 0));
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) =>
      (neighbours[b]?.length ?? 0) - (neighbours[a]?.length ?? 0) || (strength[b] ?? 0) - (strength[a] ?? 0) || a - b,
  );
  const clusterOf = new Int32Array(count).fill(-1);
  const clusters: { members: number[]; place: string | null }[] = [];
  for (const leader of order) {
    if (clusterOf[leader] !== -1) continue;
    const edges = neighbours[leader] ?? [];
    const free = edges.filter((e) => clusterOf[e.j] === -1);
    if (free.length === 0 && edges.length > 0) {
      // Every neighbour is taken already: join the nearest one's cluster when it still fits.
      const home = edges
        .map((e) => ({ e, c: clusters[clusterOf[e.j] ?? -1] }))
        .find(
          ({ c }) =>
            c &&
            c.members.length < maxSize &&
            (c.place === null || places[leader] === null || c.place === places[leader]),
        );
      if (home?.c) {
        clusterOf[leader] = clusterOf[home.e.j] ?? -1;
        home.c.members.push(leader);
        home.c.place ??= places[leader] ?? null;
        continue;
      }
    }
    const cluster = { members: [leader], place: places[leader] ?? null };
    clusterOf[leader] = clusters.length;
    for (const { j } of free) {
      if (cluster.members.length >= maxSize) break;
      const place = places[j] ?? null;
      if (cluster.place !== null && place !== null && place !== cluster.place) continue;
      cluster.place ??= place;
      clusterOf[j] = clusters.length;
      cluster.members.push(j);
    }
    clusters.push(cluster);
  }
  return clusters.map((c) => c.members);
}

const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** What the most central members say, for keywords: the title and the beginning of the text. */
const gist = (item: HotItem) => `${item.title?.trim() ?? ''} ${[...item.text].slice(0, 160).join('')}`;

/** A word's weight: its IDF over the items (0 for a word no item was compared by, as for place names). */
function wordWeight(corpus: Corpus): (word: string) => number {
  return (word) => {
    const id = corpus.dictionary.get(word);
    return id === undefined ? 0 : (corpus.idf[id] ?? 0);
  };
}

function titleOf(leader: HotItem, place: string | null, keywords: readonly string[]): string {
  const own = leader.title?.trim();
  if (own) return [...own].slice(0, 60).join('');
  const text = gist(leader);
  const shown = keywords.slice(0, 2).sort((a, b) => text.indexOf(a) - text.indexOf(b));
  if (shown.length > 0) return [place, shown.join(' ')].filter(Boolean).join(' · ');
  return [...leader.text.trim()].slice(0, 30).join('');
}

interface Scored {
  members: Prepared[];
  reports: number;
  supports: number;
  from: number;
  to: number;
  heat: number;
  firstId: string;
}

/** Reports, supports, span and heat of one cluster. */
function scoreCluster(members: Prepared[], now: number, options: HotIssueOptions): Scored {
  const halfLife = (options.halfLifeDays ?? defaults.halfLifeDays) * dayMs;
  const supportWeight = options.supportWeight ?? defaults.supportWeight;
  let reports = 0;
  let supports = 0;
  let base = 0;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let firstId = '';
  for (const { item } of members) {
    const time = item.time.getTime();
    const r = Math.max(1, item.reports ?? 1);
    const s = Math.max(0, item.supports ?? 0);
    reports += r;
    supports += s;
    base += (r + supportWeight * s) * 0.5 ** (Math.max(0, now - time) / halfLife);
    if (time < from || (time === from && item.id < firstId)) firstId = item.id;
    from = Math.min(from, time);
    to = Math.max(to, time);
  }
  return { members, reports, supports, from, to, heat: base * (1 + 0.25 * Math.log(1 + (to - from) / dayMs)), firstId };
}

function present(cluster: Scored, corpus: Corpus, memberLimit: number | undefined): HotCluster {
  const { members } = cluster;
  const leader = (members[0] as Prepared).item;
  const placed = members.find((m) => m.item.place);
  const place = placed ? (placed.item.placeName ?? placed.item.place ?? null) : null;
  const placeKey = placed?.item.place ?? null;
  const keywords = keywordsOf({
    texts: members
      .slice(0, 20)
      .map((m) => ({ title: m.item.title?.trim() ?? '', text: [...m.item.text].slice(0, 160).join('') })),
    weightOf: wordWeight(corpus),
    placeWords: corpus.placeWords,
  });
  const byTime = [...members].sort(
    (a, b) => a.item.time.getTime() - b.item.time.getTime() || (a.item.id < b.item.id ? -1 : 1),
  );
  const listed = memberLimit === undefined ? byTime : byTime.slice(0, memberLimit);
  return {
    title: titleOf(leader, place, keywords),
    place,
    placeKey,
    from: new Date(cluster.from).toISOString(),
    to: new Date(cluster.to).toISOString(),
    size: members.length,
    reports: cluster.reports,
    supports: cluster.supports,
    heat: roundTo(cluster.heat, 2),
    keywords,
    members: listed.map(({ item }) => ({
      id: item.id,
      kind: item.kind,
      title: item.title?.trim() || [...item.text.trim()].slice(0, 40).join(''),
      time: item.time.toISOString(),
      place: item.placeName ?? item.place ?? null,
    })),
  };
}

/** Groups the items into hot issues and ranks them, the hottest first. */
export function findHotIssues(items: readonly HotItem[], options: HotIssueOptions = {}): HotCluster[] {
  if (items.length === 0) return [];
  const corpus = prepare(items, options);
  const { prepared } = corpus;
  const places = prepared.map((p) => p.item.place ?? null);
  const neighbours = similarityGraph({
    terms: prepared.map((p) => p.terms),
    places,
    df: corpus.df,
    idf: corpus.idf,
    threshold: options.threshold ?? defaults.threshold,
    placeThreshold: options.placeThreshold ?? defaults.placeThreshold,
    maxDfShare: options.maxDfShare,
  });
  const groups = starClusters(prepared.length, places, neighbours, options.maxClusterSize ?? defaults.maxClusterSize);

  const now = (options.now ?? prepared[prepared.length - 1]?.item.time ?? new Date(0)).getTime();
  const minReports = options.minReports ?? defaults.minReports;
  const minSupports = options.minSupports ?? defaults.minSupports;
  const scored = groups
    .map((group) =>
      scoreCluster(
        group.map((i) => prepared[i] as Prepared),
        now,
        options,
      ),
    )
    .filter((c) => c.reports >= minReports || c.supports >= minSupports);
  scored.sort((a, b) => b.heat - a.heat || b.reports - a.reports || b.to - a.to || (a.firstId < b.firstId ? -1 : 1));
  const shown = options.limit === undefined ? scored : scored.slice(0, options.limit);
  return shown.map((c) => present(c, corpus, options.memberLimit));
}
