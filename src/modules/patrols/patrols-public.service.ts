import { AppError } from '../../platform/errors/app-error.ts';
import type { ObjectKind, PatrolLevelName } from '../../shared/patrols.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import type { PublicObject } from './patrols.schemas.ts';
import * as repo from './patrols.repository.ts';

/** What an office phone may look like: a landline (区号 + number) or a short hotline, never a mobile. */
const mobilePattern = /^(\+?86)?1[3-9]\d{9}$/;

function officePhoneOnly(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/[\s()+-]/g, '');
  return mobilePattern.test(digits) ? null : value;
}

/**
 * 公示牌: the page the QR code on an object's sign opens, for anyone: the object, its current chiefs
 * by name and office phone (a mobile is never shown: a number that looks like one is dropped, and
 * the object's public phone stands in), patrols of the last 30 days, open findings and what the
 * complaint link pre-fills.
 */
export async function getPublicObject(deps: PatrolDeps, ctx: RequestContext, slug: string): Promise<PublicObject> {
  const row = await repo.findObjectBySlug(deps.db, slug);
  if (!row) throw new AppError('NOT_FOUND');
  const id = Number(row.id);
  const chiefs = await repo.listAppointments(deps.db, [id], { current: true });
  const fallback = officePhoneOnly(row.public_phone);
  return {
    name: row.name,
    kind: row.kind as ObjectKind,
    riverName: row.river_name,
    lengthMetres: Number(row.length_metres),
    rangeMetres: Number(row.range_metres),
    unit: row.unit_name,
    chiefs: chiefs
      .filter((c) => c.level !== 'assistant')
      .map((c) => ({
        name: c.person_name,
        level: c.level as PatrolLevelName,
        officePhone: officePhoneOnly(c.office_phone) ?? fallback,
      })),
    recentPatrols: await repo.countRecentPatrols(deps.db, id, new Date(ctx.now.getTime() - 30 * 86_400_000)),
    openFindings: Number(row.open_findings),
    intake: { placeUnitId: Number(row.unit_id), objectSlug: row.public_slug, title: `${row.name}：` },
  };
}
