/**
 * The vocabulary the server and the web app share: roles, unit types and permissions. Plain data
 * with no imports, so both can use it. (Migrations keep their own frozen copies: a migration must
 * not change when this list grows.)
 */

export const roles = [
  'citizen',
  'grid_worker',
  'dispatcher',
  'handler',
  'unit_lead',
  'supervisor',
  'leader',
  'programme_office',
  'organisation_department',
  'administrator',
  'integration', // an outside system's service account (对接系统): registers cases only
  'river_office', // 河长办: responsibility objects, appointments, patrol duties and the review of patrols
] as const;
export type Role = (typeof roles)[number];

export const unitTypes = [
  'district',
  'township',
  'subdistrict',
  'village',
  'community',
  'grid',
  'department',
  'task_force',
  'supervision_office',
  'discipline_commission',
  'hotline_centre',
] as const;
export type UnitType = (typeof unitTypes)[number];

export const permissions = [
  'unit.read', // see units
  'unit.manage', // create, edit, move, deactivate, delete units
  'person.read', // see staff accounts
  'person.manage', // create and edit accounts, assign roles, reset passwords
  'token.manage', // issue and revoke API tokens
  'audit.read', // browse the audit trail
  'pii.read', // see citizens' names, phones and addresses unmasked (每次查看留痕)
  'case.read', // see cases that concern the units in scope (or all, district-wide)
  'case.create', // register a case (热线登记, 巡查上报)
  'case.dispatch', // accept, classify, dispatch, review, follow up (受理派单)
  'case.handle', // acknowledge, return, handle and resolve for a unit (承办)
  'case.supervise', // urge and escalate; the supervision board (督查督办)
  'category.manage', // edit the category tree, its routing and limits
  'calendar.manage', // enter holidays and adjusted working days
  'programme.read', // see task lists (清单) and their tables: own units' tasks, or all, district-wide
  'programme.manage', // the programme office (牵头办公室): programmes, tasks, forms, review of reports
  'task.report', // file reports and progress for a lead unit (填报)
  'task.verify', // verify and sign off finished tasks (核验销号)
  'task.supervise', // supervision comments and urges on tasks (督导督办)
  'topic.moderate', // moderate and select topics proposed by the public (群众点题)
  'patrol.read', // see responsibility objects, their chiefs and patrols (河长制、网格)
  'patrol.record', // record one's own patrols of the objects one is appointed to (巡河、巡查)
  'patrol.manage', // objects, appointments, duty rules and thresholds (河长办)
  'patrol.review', // confirm or overrule a patrol's verdict (巡河核查)
] as const;
export type Permission = (typeof permissions)[number];
