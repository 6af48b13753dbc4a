/**
 * Links into the case list (/cases) with the filters its API takes (GET /api/v1/cases), and to one
 * case (/cases/{id}). Charts and boards drill down through these.
 */
export interface CaseListFilter {
  queue?:
    | 'to_accept'
    | 'to_dispatch'
    | 'returned'
    | 'to_acknowledge'
    | 'in_progress'
    | 'due_soon'
    | 'overdue'
    | 'to_review'
    | 'to_follow_up'
    | 'extension_requests'
    | 'closed';
  status?: readonly string[];
  categoryId?: number;
  leadUnitId?: number;
  placeUnitId?: number;
  tier?: 'minor' | 'general' | 'major';
  channel?: string;
  createdFrom?: string;
  createdTo?: string;
  q?: string;
}

export function caseListLink(filter: CaseListFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/cases?${search}` : '/cases';
}

export function caseLink(id: number): string {
  return `/cases/${id}`;
}
