import type { Unit } from '../../api/types.ts';

/** Unit types a case can happen in (the server's place units). */
const placeTypes = new Set(['grid', 'village', 'community', 'township', 'subdistrict']);
const MAX_OPTIONS = 12;

export interface PlaceUnit {
  id: number;
  /** 柳林镇 / 石桥村 / 第1网格: the unit with the places above it, as people say it. */
  label: string;
}

/** Every place unit with its full name, for searching by any part of it. */
export function placeUnitsOf(units: readonly Unit[]): PlaceUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units
    .filter((u) => u.active && placeTypes.has(u.type))
    .map((u) => {
      const names: string[] = [];
      for (let at: Unit | undefined = u; at && placeTypes.has(at.type); at = byId.get(at.parentId ?? -1))
        names.unshift(at.nameZh);
      return { id: u.id, label: names.join(' / ') };
    });
}

/** The place as an address begins: 柳林镇石桥村. */
export const spoken = (place: PlaceUnit) => place.label.replaceAll(' / ', '');

/**
 * The places an operator's words point to: those whose name the typed address contains (the most
 * specific first: 石桥村 before 柳林镇 in 柳林镇石桥村村口; a grid only with its village, as 第1网格
 * alone names many), then those whose name contains what was typed (石桥 → 石桥村).
 */
export function matchPlaces(places: readonly PlaceUnit[], typed: string): PlaceUnit[] {
  const text = typed.replace(/\s+/g, '');
  if (text.length < 2) return [];
  const scored = places.flatMap((place) => {
    const names = place.label.split(' / ');
    const own = names.at(-1) ?? '';
    const named = own.length >= 2 && text.includes(own) && (names.length < 3 || text.includes(names.at(-2) ?? ''));
    if (named) return [{ place, score: 1000 + names.length }];
    return spoken(place).includes(text) ? [{ place, score: -place.label.length }] : [];
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_OPTIONS)
    .map((s) => s.place);
}
