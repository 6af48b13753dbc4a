/**
 * Category suggestions (分类建议) for a citizen's message: the level-1 categories a dispatcher most
 * likely picks, with confidences; and retraining from this district's own closed cases, whose final
 * category (set by the dispatcher) is the label.
 */

import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { type RequestContext, systemContext } from '../access/request-context.ts';
import { requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  defaultTrainOptions,
  rankCategories,
  type Suggestion,
  type TrainOptions,
  trainCategoryClassifier,
} from './category-classifier.ts';
import { toStoredModel, writeModelFile } from './model-file.ts';
import { loadCategoryModel, retrainedModelFile, SHIPPED_TRAINING_FILE } from './model-store.ts';
import { addUserWords } from './segment.ts';
import { listClosedCaseTexts, listLevel1Categories, listUnitNames } from './text.repository.ts';
import { type LabelledText, readLabelledFile } from './training-data.ts';

export type { Suggestion };

/**
 * The k most likely level-1 categories of a message, best first, with confidences (0–1). Uses the
 * model retrained under `dataDir` when there is one, else the shipped model (loaded once).
 */
export function suggestCategories(text: string, k = 3, options: { dataDir?: string } = {}): Suggestion[] {
  return rankCategories(loadCategoryModel(options).classifier, text, k);
}

/** Adds the district's unit names (杏坪镇, 南沟村 …) to the segmentation dictionary; returns how many were new. */
export async function loadDistrictWords(db: Kysely<DB>): Promise<number> {
  return addUserWords(await listUnitNames(db));
}

export interface RetrainOptions {
  /** The installation's data directory: the retrained model is written under it. */
  dataDir: string;
  /** How much one closed case counts against one shipped message (default 1). */
  caseWeight?: number;
  train?: TrainOptions;
  now?: Date;
  /** The shipped training messages (default: the compressed copy beside the shipped model). */
  trainingFile?: string;
}

export interface RetrainResult {
  file: string;
  bytes: number;
  messages: number;
  closedCases: number;
  categories: string[];
}

/** Closed cases as labelled messages: title and description, labelled with the level-1 ancestor of the final category. */
export function closedCaseExamples(
  cases: readonly { title: string; description: string; level1: string }[],
  weight: number,
): LabelledText[] {
  return cases
    .map((c) => ({
      category: c.level1,
      text: [c.title, c.description].filter((part) => part.trim() !== '').join('。'),
      weight,
    }))
    .filter((example) => example.text.trim() !== '');
}

/**
 * Trains a model from the shipped training messages plus this installation's closed cases, writes
 * it under the data directory (where suggestions then prefer it) and records that in the audit
 * trail. Training takes tens of seconds, all on this thread: run it from the command line
 * (`npm run model:retrain`), not inside a request.
 */
export async function retrainFromClosedCases(db: Kysely<DB>, options: RetrainOptions): Promise<RetrainResult> {
  await loadDistrictWords(db);
  const shipped = readLabelledFile(options.trainingFile ?? SHIPPED_TRAINING_FILE);
  const cases = closedCaseExamples(await listClosedCaseTexts(db), options.caseWeight ?? 1);
  const classifier = trainCategoryClassifier([...shipped, ...cases], options.train ?? defaultTrainOptions);
  const file = retrainedModelFile(options.dataDir);
  const stored = toStoredModel(classifier, {
    trainedAt: (options.now ?? new Date()).toISOString(),
    trainedOn: { messages: shipped.length, closedCases: cases.length },
  });
  const bytes = writeModelFile(file, stored);
  const result = {
    file,
    bytes,
    messages: shipped.length,
    closedCases: cases.length,
    categories: classifier.categories,
  };
  await recordAudit(db, systemContext('system:model-retrain', options.now), {
    action: 'text.model_retrained',
    entityType: 'category_model',
    entityId: null,
    after: result,
  });
  return result;
}

export interface CategorySuggestion extends Suggestion {
  /** The level-1 node of this installation's category tree with that name, if there is one. */
  categoryId: number | null;
}

/** How long the district's unit names are trusted before they are read again. */
const DISTRICT_WORDS_TTL_MS = 10 * 60 * 1000;
let districtWordsReadAt = -Infinity;

/** For the route: suggestions for a message, each mapped to the installation's level-1 category id. */
export async function suggestCategoriesFor(
  db: Kysely<DB>,
  ctx: RequestContext,
  text: string,
  options: { dataDir: string; k?: number },
): Promise<CategorySuggestion[]> {
  requireHolds(ctx.actor, 'case.read');
  if (Date.now() - districtWordsReadAt > DISTRICT_WORDS_TTL_MS) {
    await loadDistrictWords(db);
    districtWordsReadAt = Date.now();
  }
  const suggestions = suggestCategories(text, options.k ?? 3, { dataDir: options.dataDir });
  const level1 = new Map((await listLevel1Categories(db)).map((c) => [c.name_zh, c.id]));
  return suggestions.map((s) => ({ ...s, categoryId: level1.get(s.category) ?? null }));
}
