import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CaseTier } from '../../shared/cases.ts';
import type { UnitType } from '../../shared/organisation.ts';
import * as categoryRepo from '../categories/categories.repository.ts';
import { type EffectiveCategory, lineageOf, resolveEffective } from '../categories/categories.service.ts';
import { listPlaceUnits } from './cases.repository.ts';

/**
 * The units and categories intake and dispatch consult on every request, kept in memory for a few
 * seconds so intake stays one round trip to the database. A miss reloads at once.
 */

export interface UnitInfo {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string | null;
  type: UnitType;
  path: string;
  parentId: number | null;
}

export interface Directory {
  units: Map<number, UnitInfo>;
  categories: Map<number, EffectiveCategory>;
  /** 相关分类 (for recurrences): category id → the ids an administrator related to it, both ways. */
  relatedCategories: Map<number, number[]>;
  root: UnitInfo | null;
  loadedAt: number;
}

export interface DirectoryCache {
  get(): Promise<Directory>;
  /** Reloads when an id is not known yet (a unit or category created a moment ago). */
  getFresh(check: (directory: Directory) => boolean): Promise<Directory>;
  invalidate(): void;
}

export async function loadDirectory(db: Kysely<DB>): Promise<Directory> {
  const [unitRows, categoryRows, relations] = await Promise.all([
    listPlaceUnits(db),
    categoryRepo.listCategories(db, true),
    categoryRepo.listCategoryRelations(db),
  ]);
  const units = new Map<number, UnitInfo>();
  for (const u of unitRows)
    units.set(Number(u.id), {
      id: Number(u.id),
      code: u.code,
      nameZh: u.name_zh,
      nameEn: u.name_en,
      type: u.type as UnitType,
      path: u.path,
      parentId: u.parent_id === null ? null : Number(u.parent_id),
    });
  const byId = new Map(categoryRows.map((row) => [Number(row.id), row]));
  const categories = new Map<number, EffectiveCategory>();
  for (const row of categoryRows) categories.set(Number(row.id), resolveEffective(lineageOf(row, byId)));
  const relatedCategories = new Map<number, number[]>();
  for (const { low_id: low, high_id: high } of relations) {
    relatedCategories.set(low, [...(relatedCategories.get(low) ?? []), high]);
    relatedCategories.set(high, [...(relatedCategories.get(high) ?? []), low]);
  }
  const root = [...units.values()].filter((u) => u.parentId === null).sort((a, b) => a.id - b.id)[0] ?? null;
  return { units, categories, relatedCategories, root, loadedAt: Date.now() };
}

export function createDirectoryCache(db: Kysely<DB>, ttlMs = 5000): DirectoryCache {
  let current: Promise<Directory> | undefined;
  let loadedAt = 0;
  const reload = () => {
    loadedAt = Date.now();
    current = loadDirectory(db);
    current.catch(() => {
      current = undefined;
    });
    return current;
  };
  const get = () => (current && Date.now() - loadedAt < ttlMs ? current : reload());
  return {
    get,
    async getFresh(check) {
      const directory = await get();
      return check(directory) ? directory : reload();
    },
    invalidate() {
      current = undefined;
    },
  };
}

export function ancestorsOf(directory: Directory, unit: UnitInfo): UnitInfo[] {
  return unit.path
    .split('/')
    .filter(Boolean)
    .map((id) => directory.units.get(Number(id)))
    .filter((u): u is UnitInfo => u !== undefined);
}

const placeTypes: readonly UnitType[] = ['grid', 'village', 'community', 'township', 'subdistrict', 'district'];

export function isPlace(unit: UnitInfo): boolean {
  return placeTypes.includes(unit.type);
}

function stripSuffix(name: string): string {
  const stripped = name.replace(/(社区|村|镇|乡|街道)$/, '');
  return stripped.length >= 2 ? stripped : name;
}

interface NamedPlace {
  unit: UnitInfo;
  stripped: string;
  parentStripped: string | null;
  depth: number;
}

/** The units an address may name, with their short names, worked out once per directory. */
const namedPlaces = new WeakMap<Directory, NamedPlace[]>();

function namedPlacesOf(directory: Directory): NamedPlace[] {
  let places = namedPlaces.get(directory);
  if (!places) {
    places = [...directory.units.values()]
      .filter((unit) => ['village', 'community', 'township', 'subdistrict'].includes(unit.type))
      .map((unit) => {
        const parent = unit.parentId === null ? undefined : directory.units.get(unit.parentId);
        return {
          unit,
          stripped: stripSuffix(unit.nameZh),
          parentStripped: parent ? stripSuffix(parent.nameZh) : null,
          depth: unit.path.split('/').length,
        };
      });
    namedPlaces.set(directory, places);
  }
  return places;
}

/**
 * The place an address names: the deepest village, community, township or subdistrict whose name
 * (with or without 村/社区/镇/街道) appears in it, preferring one whose township also appears.
 */
export function placeFromAddress(directory: Directory, address: string): UnitInfo | null {
  let best: { unit: UnitInfo; score: number } | null = null;
  for (const place of namedPlacesOf(directory)) {
    if (!address.includes(place.stripped)) continue;
    const full = address.includes(place.unit.nameZh);
    const parentNamed = place.parentStripped !== null && address.includes(place.parentStripped);
    const score = place.depth * 10 + (parentNamed ? 5 : 0) + (full ? 2 : 0);
    if (!best || score > best.score) best = { unit: place.unit, score };
  }
  return best?.unit ?? null;
}

/** The township or subdistrict (镇街) a place lies in. */
export function townshipOf(directory: Directory, place: UnitInfo | null): UnitInfo | null {
  if (!place) return null;
  return ancestorsOf(directory, place).find((u) => u.type === 'township' || u.type === 'subdistrict') ?? null;
}

export function departmentByKey(directory: Directory, key: string): UnitInfo | null {
  for (const unit of directory.units.values())
    if (unit.type === 'department' && (unit.code === key || unit.code.endsWith(`-DEPT-${key}`))) return unit;
  return null;
}

export interface Suggestion {
  lead: UnitInfo | null;
  supporting: UnitInfo[];
  reason: string;
}

/** 派单建议: the lead and supporting units the category's routing rule and the tier point to. */
export function suggestUnits(
  directory: Directory,
  category: EffectiveCategory | null,
  tier: CaseTier | null,
  place: UnitInfo | null,
): Suggestion {
  const township = townshipOf(directory, place);
  if (tier === 'major') {
    const force = [...directory.units.values()].find((u) => u.type === 'task_force') ?? null;
    return { lead: force, supporting: township ? [township] : [], reason: '重大事项由区级专班牵头办理' };
  }
  if (tier === 'minor') {
    const local = place && ['grid', 'village', 'community'].includes(place.type) ? place : null;
    return {
      lead: local,
      supporting: [],
      reason: local ? '一般事项在网格、村（社区）内就地解决' : '未能确定所在村（社区），请人工选择',
    };
  }
  const rule = category?.routing ?? null;
  const department = rule?.department ? departmentByKey(directory, rule.department) : null;
  if (rule?.lead === 'department' && department) {
    return {
      lead: department,
      supporting: township ? [township] : [],
      reason: `按分类“${category?.nameZh ?? ''}”的派单规则由${department.nameZh}牵头，属地镇街配合`,
    };
  }
  return {
    lead: township,
    supporting: department ? [department] : [],
    reason: township ? '属地管理：由所在镇街牵头' : '未能确定所在镇街，请人工选择',
  };
}
