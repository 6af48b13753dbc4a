import type { Translate } from '../i18n/message-types.ts';
import { PROBE_TIMEOUT_SECONDS, type ProbeProblem } from './probe.ts';

/** One sentence telling a person what went wrong with a probe. */
export function problemText(t: Translate, problem: ProbeProblem): string {
  switch (problem.kind) {
    case 'network':
      return t('status.errorNetwork', { path: problem.path });
    case 'timeout':
      return t('status.errorTimeout', { path: problem.path, seconds: PROBE_TIMEOUT_SECONDS });
    case 'unexpected':
      return t('status.errorUnexpected', {
        path: problem.path,
        status: problem.status,
        contentType: problem.contentType?.split(';')[0] ?? t('status.unknownContentType'),
      });
    case 'not-ready':
      return t('status.errorNotReady', { message: problem.message, code: problem.code });
  }
}
