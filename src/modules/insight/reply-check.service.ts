import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { requireHolds } from '../access/policy.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { findReadableCase } from '../cases/cases.repository.ts';
import type { CategoryClassifier } from '../text/category-classifier.ts';
import { loadCategoryModel } from '../text/model-store.ts';
import type { ReplyCheckResult } from './insight.schemas.ts';
import { findLatestResolve } from './insight.repository.ts';
import { checkReply } from './reply-check.ts';

/**
 * The reply check for the reviewer (审核): the latest resolution's result text (办结答复) of a case
 * the actor may read, checked against what the citizen wrote (title and description). Read-only;
 * the case loop itself is untouched. A case not resolved yet has nothing to check: 404.
 */

function classifierFor(dataDir: string | undefined): CategoryClassifier | undefined {
  try {
    return loadCategoryModel(dataDir === undefined ? {} : { dataDir }).classifier;
  } catch {
    return undefined; // without a model the check rests on words alone
  }
}

export async function getReplyCheck(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: number,
  options: { dataDir?: string | undefined } = {},
): Promise<ReplyCheckResult> {
  const actor = requireHolds(ctx.actor, 'case.read');
  const row = await findReadableCase(deps.db, actor, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  const resolution = await findLatestResolve(deps.db, caseId);
  if (!resolution?.note?.trim()) {
    throw new AppError('NOT_FOUND', {
      message: {
        zh: '该诉求尚未办结，没有可检查的答复。',
        en: 'The case has not been resolved yet: there is no reply to check.',
      },
    });
  }
  const classifier = classifierFor(options.dataDir);
  const check = checkReply(`${row.title}。${row.description}`, resolution.note, classifier ? { classifier } : {});
  return { caseId, resolvedAt: new Date(resolution.at).toISOString(), ...check };
}
