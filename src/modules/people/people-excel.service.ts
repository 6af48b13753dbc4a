import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import {
  type ExcelColumn,
  failOnProblems,
  type ImportProblem,
  readSheet,
  writeSheet,
} from '../../platform/excel/excel.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { parseRole, type Role, roleLabels } from '../access/permissions.ts';
import { can, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import * as repo from './people.repository.ts';
import { usernamePattern } from './people.schemas.ts';
import { canManagePerson } from './person-policy.ts';

type PersonColumn = 'username' | 'displayName' | 'mobile' | 'unit' | 'roles' | 'password' | 'active';

export const personColumns: readonly ExcelColumn<PersonColumn>[] = [
  { key: 'username', labels: ['用户名', 'username'], required: true, width: 20 },
  { key: 'displayName', labels: ['姓名', 'name'], required: true, width: 12 },
  { key: 'mobile', labels: ['手机号', 'mobile'], width: 15 },
  { key: 'unit', labels: ['单位编码', '单位', 'unit'], required: true, width: 22 },
  { key: 'roles', labels: ['角色', 'roles', 'role'], required: true, width: 22 },
  { key: 'password', labels: ['初始密码', 'password'], width: 16 },
  { key: 'active', labels: ['状态', 'status'], width: 10 },
];

const templateNote = [
  '人员导入说明 (People import)',
  '每行是一个人在一个单位的岗位；一个人在几个单位任职就写几行（用户名相同）。',
  '用户名：小写字母开头，3–64 位小写字母、数字、点、横线、下划线。已存在的用户名会更新其姓名、手机号和岗位（以文件为准）；新用户名会新建账号。',
  '单位：填写单位编码，或系统中唯一的单位名称。',
  `角色：${Object.values(roleLabels)
    .filter((r) => r !== '群众')
    .join('、')}；一格可填多个，用顿号或逗号分隔。`,
  '初始密码：新建账号必填，至少 10 位，须同时包含字母和数字，且不能包含用户名。已有账号不填则不改密码。',
  '导入是整体进行的：只要有一行有错，全部不导入，并列出每一个错误行的行号和原因。',
].join('\n');

export async function exportPeople(db: Kysely<DB>, ctx: RequestContext): Promise<Buffer> {
  const actor = requireHolds(ctx.actor, 'person.read');
  const people = await repo.listPeopleForExport(db, actor);
  const memberships = await repo.findMembershipsOf(
    db,
    people.map((p) => Number(p.id)),
  );
  const rows = people.flatMap((p) => {
    const mine = memberships.filter((m) => m.person_id === Number(p.id));
    const byUnit = new Map<string, string[]>();
    for (const m of mine) byUnit.set(m.code, [...(byUnit.get(m.code) ?? []), roleLabels[m.role as Role] ?? m.role]);
    const base = {
      username: p.username ?? '',
      displayName: p.display_name,
      mobile: p.mobile ?? '',
      password: '',
      active: p.active ? '启用' : '停用',
    };
    if (byUnit.size === 0) return [{ ...base, unit: '', roles: '' }];
    return [...byUnit].map(([unit, roles]) => ({ ...base, unit, roles: roles.join('、') }));
  });
  return writeSheet('人员', personColumns, rows, templateNote);
}

export async function personTemplate(): Promise<Buffer> {
  return writeSheet(
    '人员',
    personColumns,
    [
      {
        username: 'zhang.wei',
        displayName: '张伟',
        mobile: '13900000000',
        unit: 'D01-T01',
        roles: '承办人',
        password: 'Change2026me',
        active: '启用',
      },
    ],
    templateNote,
  );
}

interface PlannedPerson {
  row: number;
  username: string;
  displayName: string;
  mobile: string | null;
  password: string;
  active: boolean;
  memberships: { unitId: number; role: Role }[];
  existing: repo.PersonRow | undefined;
}

async function planPeopleImport(
  db: Kysely<DB>,
  actor: Actor,
  rows: { row: number; values: Record<PersonColumn, string> }[],
) {
  const problems: ImportProblem[] = [];
  const units = await repo.listUnitsBrief(db);
  const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const byName = new Map<string, typeof units>();
  for (const u of units) byName.set(u.name_zh, [...(byName.get(u.name_zh) ?? []), u]);
  const existing = new Map(
    (
      await repo.findPeopleByUsernames(
        db,
        rows.map((r) => r.values.username),
      )
    ).map((p) => [p.username?.toLowerCase() ?? '', p]),
  );
  const existingMemberships = await repo.findMembershipsOf(
    db,
    [...existing.values()].map((p) => Number(p.id)),
  );
  const mobileOwners = await repo.findMobileOwners(db, rows.map((r) => r.values.mobile).filter(Boolean));
  const planned = new Map<string, PlannedPerson>();
  const mobileRows = new Map<string, string>();

  for (const { row, values } of rows) {
    const problem = (column: string, reason: string) => problems.push({ row, column, reason });
    const username = values.username.toLowerCase();
    if (!new RegExp(usernamePattern).test(username)) problem('用户名', `用户名“${values.username}”格式不正确`);
    if (!values.displayName || values.displayName.length > 50) problem('姓名', '姓名必填，且不超过 50 字');
    if (values.mobile && !/^1[3-9]\d{9}$/.test(values.mobile)) problem('手机号', `手机号“${values.mobile}”格式不正确`);
    const unitMatches = byCode.has(values.unit.toLowerCase())
      ? [byCode.get(values.unit.toLowerCase())!]
      : (byName.get(values.unit) ?? []);
    const unit = unitMatches.length === 1 ? unitMatches[0] : undefined;
    // Units outside the actor's reach are reported exactly like units that do not exist.
    const reachable = unitMatches.filter((u) => can(actor, 'person.manage', u.path));
    if (reachable.length === 0) problem('单位', '单位不存在或不在您的管理范围内');
    else if (unitMatches.length > 1) problem('单位', `单位名称“${values.unit}”不唯一，请填写单位编码`);
    else if (unit && !unit.active) problem('单位', '该单位已停用');
    const roleTexts = values.roles.split(/[、,，;；/\s]+/).filter(Boolean);
    const roles = roleTexts.map(parseRole);
    if (roleTexts.length === 0) problem('角色', '角色必填');
    roleTexts.forEach((text, i) => {
      if (!roles[i]) problem('角色', `角色“${text}”无法识别`);
      else if (roles[i] === 'citizen') problem('角色', '“群众”不是工作人员角色');
    });
    const active =
      values.active === '' || values.active === '启用' ? true : values.active === '停用' ? false : undefined;
    if (active === undefined) problem('状态', `状态“${values.active}”应为 启用 或 停用`);

    const current = existing.get(username);
    if (current?.kind === 'citizen') problem('用户名', `用户名“${values.username}”属于群众账号`);
    let person = planned.get(username);
    if (!person) {
      if (
        current &&
        !canManagePerson(
          actor,
          existingMemberships.filter((m) => m.person_id === Number(current.id)).map((m) => m.path),
        )
      ) {
        problem('用户名', '该用户名已被您管理范围以外的账号使用');
      }
      if (!current) {
        if (!values.password) problem('初始密码', '新建账号须填写初始密码');
        else if (passwordProblems(values.password, username).length > 0)
          problem('初始密码', '初始密码至少 10 位，须同时包含字母和数字，且不能包含用户名');
      }
      person = {
        row,
        username,
        displayName: values.displayName,
        mobile: values.mobile || null,
        password: values.password,
        active: active ?? true,
        memberships: [],
        existing: current,
      };
      planned.set(username, person);
      if (person.mobile) {
        const owner = mobileOwners.get(person.mobile);
        if (owner !== undefined && owner !== Number(current?.id ?? -1))
          problem('手机号', `手机号 ${person.mobile} 已被其他账号使用`);
        const other = mobileRows.get(person.mobile);
        if (other && other !== username) problem('手机号', `手机号 ${person.mobile} 在文件中被多个用户使用`);
        mobileRows.set(person.mobile, username);
      }
    } else if (person.displayName !== values.displayName) {
      problem('姓名', `同一用户名“${values.username}”的姓名前后不一致（第 ${person.row} 行为“${person.displayName}”）`);
    }
    if (unit)
      for (const role of roles)
        if (role && role !== 'citizen') person.memberships.push({ unitId: Number(unit.id), role });
  }
  return { plan: [...planned.values()], problems };
}

/** 导入人员: creates new accounts, updates existing ones and their roles; all rows or none. */
export async function importPeople(
  db: Kysely<DB>,
  ctx: RequestContext,
  file: Buffer,
): Promise<{ created: number; updated: number }> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  const rows = await readSheet(file, personColumns);
  if (rows.length === 0) failOnProblems([{ row: 2, reason: '文件中没有数据行' }]);
  const { plan, problems } = await planPeopleImport(db, actor, rows);
  failOnProblems(problems);
  const hashes = new Map<string, string>();
  for (const p of plan) if (p.password) hashes.set(p.username, await hashPassword(p.password));
  return withTransaction(db, async (trx) => {
    let created = 0;
    let updated = 0;
    for (const p of plan) {
      if (!p.existing) {
        const id = await repo.insertPerson(
          trx,
          {
            username: p.username,
            display_name: p.displayName,
            mobile: p.mobile,
            kind: 'staff',
            password_hash: hashes.get(p.username) ?? null,
          },
          ctx.now,
        );
        await repo.replaceMemberships(trx, id, p.memberships);
        if (!p.active) await repo.updatePersonFields(trx, id, 1, { active: false }, ctx.now);
        await recordAudit(trx, ctx, {
          action: 'person.create',
          entityType: 'person',
          entityId: id,
          after: { username: p.username, displayName: p.displayName, memberships: p.memberships, via: 'import' },
        });
        created += 1;
        continue;
      }
      const id = Number(p.existing.id);
      const hash = hashes.get(p.username);
      const ok = await repo.updatePersonFields(
        trx,
        id,
        p.existing.version,
        {
          display_name: p.displayName,
          mobile: p.mobile,
          active: p.active,
          ...(hash ? { password_hash: hash, password_changed_at: ctx.now } : {}),
        },
        ctx.now,
      );
      if (!ok)
        failOnProblems([{ row: p.row, column: '用户名', reason: `用户“${p.username}”刚被他人修改，请重新导入` }]);
      await repo.replaceMemberships(trx, id, p.memberships);
      await recordAudit(trx, ctx, {
        action: 'person.update',
        entityType: 'person',
        entityId: id,
        before: { displayName: p.existing.display_name, mobile: p.existing.mobile, active: p.existing.active },
        after: {
          displayName: p.displayName,
          mobile: p.mobile,
          active: p.active,
          memberships: p.memberships,
          via: 'import',
        },
      });
      updated += 1;
    }
    return { created, updated };
  });
}
