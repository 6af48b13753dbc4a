import { apiRequest, isApiError } from '../../api/client.ts';
import type { ApiResponse } from '../../api/schema.ts';
import type { DispatchPlan, StaffIntakeBody } from './intake-body.ts';

type IntakeAnswer = ApiResponse<'/cases', 'post'>;

export interface Registered {
  id: number;
  trackingCode: string;
  /** The lead unit when the case was dispatched at once. */
  dispatchedTo: number | null;
  /** Why dispatching at once stopped (the case itself is saved). */
  dispatchError: unknown;
}

const post = <T>(path: string, json: unknown, headers?: Record<string, string>) =>
  apiRequest<T>('POST', path, { json, ...(headers ? { headers } : {}) });

/**
 * 登记 (and, with a plan, 受理 → 分类分级 → 派单): the case is saved first, under the attempt's
 * Idempotency-Key, so a retry never makes a second one; each later step is the ordinary action,
 * checked and audited by the server. A step refused leaves the case saved where it stopped.
 */
export async function registerCase(
  body: StaffIntakeBody,
  plan: DispatchPlan | null,
  idempotencyKey: string,
): Promise<Registered> {
  const saved = await post<IntakeAnswer>('/cases', body, { 'Idempotency-Key': idempotencyKey });
  const registered = { id: saved.id, trackingCode: saved.trackingCode, dispatchedTo: null, dispatchError: null };
  if (!plan) return registered;
  try {
    if (saved.status === 'submitted') await post(`/cases/${saved.id}/accept`, {});
    await post(`/cases/${saved.id}/classify`, { categoryId: plan.categoryId, tier: plan.tier, urgency: plan.urgency });
    await post(`/cases/${saved.id}/dispatch`, {
      leadUnitId: plan.leadUnitId,
      supportingUnitIds: plan.supportingUnitIds.filter((id) => id !== plan.leadUnitId),
    });
    return { ...registered, dispatchedTo: plan.leadUnitId };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { ...registered, dispatchError: error };
  }
}
