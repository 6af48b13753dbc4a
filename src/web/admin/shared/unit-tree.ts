import type { Unit } from '../../api/types.ts';
import { localName } from '../../i18n/local-name.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The unit's name in the interface language (Chinese when there is no English name). */
export function unitName(unit: Pick<Unit, 'nameZh' | 'nameEn'>, locale: Locale): string {
  return localName(unit, locale);
}

/** Ids on the unit's path from the root, itself last ("/1/5/23/" → [1, 5, 23]). */
export function pathIds(unit: Pick<Unit, 'path'>): number[] {
  return unit.path.split('/').filter(Boolean).map(Number);
}

/** Units by parent id; units whose parent is outside the caller's scope count as roots (key null). */
export function childrenByParent(units: readonly Unit[]): Map<number | null, Unit[]> {
  const ids = new Set(units.map((unit) => unit.id));
  const map = new Map<number | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const list = map.get(parent);
    if (list) list.push(unit);
    else map.set(parent, [unit]);
  }
  return map;
}

/** Builds a nested structure (for Tree or TreeSelect) from the flat list, keeping only `keep` units. */
export function buildTree<T>(
  units: readonly Unit[],
  make: (unit: Unit, children: T[] | undefined) => T,
  keep: (unit: Unit) => boolean = () => true,
): T[] {
  const byParent = childrenByParent(units);
  const walk = (parent: number | null): T[] =>
    (byParent.get(parent) ?? []).filter(keep).map((unit) => {
      const children = walk(unit.id);
      return make(unit, children.length > 0 ? children : undefined);
    });
  return walk(null);
}

/** Does the unit match a search (code, Chinese or English name; case-insensitive)? */
export function unitMatches(unit: Unit, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [unit.code, unit.nameZh, unit.nameEn ?? ''].some((text) => text.toLowerCase().includes(q));
}

/** Units that match, and their ancestors (so the tree still shows where each match sits). */
export function matchingWithAncestors(units: readonly Unit[], query: string): Set<number> {
  const keep = new Set<number>();
  for (const unit of units) {
    if (unitMatches(unit, query)) for (const id of pathIds(unit)) keep.add(id);
  }
  return keep;
}

/** The names from the root down to the unit: 澄川区 / 杏坪镇 / 杏坪村. */
export function unitTrail(unit: Unit, byId: Map<number, Unit>, locale: Locale): string {
  return pathIds(unit)
    .map((id) => byId.get(id))
    .filter((item): item is Unit => item !== undefined)
    .map((item) => unitName(item, locale))
    .join(' / ');
}
