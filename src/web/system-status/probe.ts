/** Reads the server's health endpoints (`GET /healthz`, `GET /readyz`) and classifies the answer. */

export const PROBE_TIMEOUT_SECONDS = 8;

export type DatabaseKind = 'pglite' | 'postgres';

/** Why a probe did not give a usable answer. */
export type ProbeProblem =
  | { kind: 'network'; path: string }
  | { kind: 'timeout'; path: string }
  | { kind: 'unexpected'; path: string; status: number; contentType: string | null }
  | { kind: 'not-ready'; path: string; code: string; message: string; requestId: string | null };

export type HealthResult = { ok: true; version: string | null } | { ok: false; problem: ProbeProblem };

export type ReadinessResult = { ok: true; database: DatabaseKind } | { ok: false; problem: ProbeProblem };

interface JsonResponse {
  status: number;
  body: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** GET a JSON endpoint; anything but a JSON body becomes a `ProbeProblem`. */
async function getJson(path: string, signal: AbortSignal): Promise<JsonResponse | ProbeProblem> {
  let response: Response;
  try {
    response = await fetch(path, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    return signal.aborted && signal.reason === 'timeout' ? { kind: 'timeout', path } : { kind: 'network', path };
  }
  const contentType = response.headers.get('content-type');
  const unexpected: ProbeProblem = { kind: 'unexpected', path, status: response.status, contentType };
  if (!contentType?.includes('json')) {
    // A proxy in front (Vite's dev server, nginx) answers 502/504 itself when the API server is down.
    return response.status === 502 || response.status === 504 ? { kind: 'network', path } : unexpected;
  }
  try {
    return { status: response.status, body: (await response.json()) as unknown };
  } catch {
    return unexpected;
  }
}

/** The server's `{"error":{"code","message","requestId"}}` envelope, if the body is one. */
function errorEnvelope(path: string, body: unknown): ProbeProblem | null {
  const error = isRecord(body) ? body['error'] : undefined;
  if (!isRecord(error)) return null;
  return {
    kind: 'not-ready',
    path,
    code: text(error['code']) ?? 'UNKNOWN',
    message: text(error['message']) ?? '',
    requestId: text(error['requestId']),
  };
}

function isProblem(value: JsonResponse | ProbeProblem): value is ProbeProblem {
  return 'kind' in value;
}

export async function probeHealth(signal: AbortSignal): Promise<HealthResult> {
  const path = '/healthz';
  const answer = await getJson(path, signal);
  if (isProblem(answer)) return { ok: false, problem: answer };
  if (answer.status === 200 && isRecord(answer.body)) return { ok: true, version: text(answer.body['version']) };
  const problem = errorEnvelope(path, answer.body) ?? {
    kind: 'unexpected',
    path,
    status: answer.status,
    contentType: 'application/json',
  };
  return { ok: false, problem };
}

export async function probeReadiness(signal: AbortSignal): Promise<ReadinessResult> {
  const path = '/readyz';
  const answer = await getJson(path, signal);
  if (isProblem(answer)) return { ok: false, problem: answer };
  const body = isRecord(answer.body) ? answer.body : {};
  const database = body['database'];
  if (answer.status === 200 && body['status'] === 'ready' && (database === 'pglite' || database === 'postgres')) {
    return { ok: true, database };
  }
  const problem = errorEnvelope(path, answer.body) ?? {
    kind: 'unexpected',
    path,
    status: answer.status,
    contentType: 'application/json',
  };
  return { ok: false, problem };
}
