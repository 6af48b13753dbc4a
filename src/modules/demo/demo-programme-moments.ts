import { listFormReports } from './demo.repository.ts';
import type { FieldValues, ReportField } from '../programmes/report-form.ts';
import { addDays, localDateOf, startOfDay } from '../programmes/local-dates.ts';
import type { ProgrammeDeps } from '../programmes/programme-deps.ts';
import { performReportAction } from '../programmes/reports.service.ts';
import { performCompleteMilestone, performTaskAction } from '../programmes/task-actions.service.ts';
import { openTopicWindow } from '../programmes/programmes.service.ts';
import { proposeTopic, supportTopic } from '../topics/topics-public.service.ts';
import { publishTopic, rejectTopic, selectTopic } from '../topics/topics.service.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import type { DemoLookup } from './demo-programmes.service.ts';
import type { DemoStory, DemoTopic } from './demo-programmes.ts';

/**
 * What happens in the demo task lists, as moments in time (each a call to a real service): the
 * public's proposals and supports, the lead units' filings and the office's reviews, milestones
 * reached or missed, claims, sign-offs and supervision. Deterministic for a given `now`.
 */

export interface Quarter {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface PlacedTask {
  id: number;
  key: string;
  index: number;
  story: DemoStory;
  lead: string;
  milestones: { id: number; dueOn: string; deadline: Date; extra: boolean }[];
  startsOn: string;
  dueOn: string;
  hasChildren: boolean;
}

export interface DemoMoment {
  at: Date;
  /** Keeps moments at the same time in the order they were planned. */
  order: number;
  label: string;
  run(): Promise<unknown>;
}

export function contextAs(actor: Actor | null, at: Date): RequestContext {
  return { actor, requestId: 'demo:programmes', ip: 'local', locale: 'zh', now: at };
}

const hour = 3_600_000;
const day = 24 * hour;
let sequence = 0;
const moment = (at: Date, label: string, run: () => Promise<unknown>): DemoMoment => ({
  at,
  order: sequence++,
  label,
  run,
});

/** Local 'YYYY-MM-DD' at a China-local hour. */
const localAt = (date: string, hours: number) => new Date(startOfDay(date).getTime() + hours * hour);

export async function planTopicMoments(
  deps: ProgrammeDeps,
  lookup: DemoLookup,
  programmeId: number,
  topics: readonly DemoTopic[],
  quarters: Quarter[],
  now: Date,
  tasks: PlacedTask[],
): Promise<DemoMoment[]> {
  const office = await lookup.actor('office');
  const opens = new Date(now.getTime() - 50 * day);
  const moments: DemoMoment[] = [
    moment(opens, 'open the topic window', () =>
      openTopicWindow(deps, contextAs(office, opens), programmeId, {
        opensAt: opens.toISOString(),
        closesAt: new Date(now.getTime() + 20 * day).toISOString(),
        supportLimit: 5,
        proposalLimit: 3,
        intro: '“10+2”民生实事中的两件由群众点题产生，欢迎提出您最关心的身边事，并为您认可的点题投上支持。',
      }),
    ),
  ];
  const supportsUsed = new Map<number, number>();
  const ids = new Map<number, number>();
  for (const [index, topic] of topics.entries()) {
    const proposer = lookup.citizens[index % lookup.citizens.length];
    if (!proposer) continue;
    const proposedAt = new Date(opens.getTime() + (2 + index) * day + 3 * hour);
    const moderatedAt = new Date(proposedAt.getTime() + day);
    moments.push(
      moment(proposedAt, `propose “${topic.title}”`, async () => {
        const made = await proposeTopic(deps, contextAs(proposer, proposedAt), {
          programmeId,
          title: topic.title,
          description: topic.description,
          ...(topic.keywords.length > 0 ? { keywords: [...topic.keywords] } : {}),
        });
        ids.set(index, made.id);
      }),
    );
    if (topic.fate === 'pending') continue;
    moments.push(
      moment(moderatedAt, `moderate “${topic.title}”`, () =>
        topic.fate === 'rejected'
          ? rejectTopic(deps, contextAs(office, moderatedAt), ids.get(index) ?? 0, {
              reason: topic.reason ?? '不符合点题范围',
            })
          : publishTopic(deps, contextAs(office, moderatedAt), ids.get(index) ?? 0, {}),
      ),
    );
    if (topic.fate === 'rejected') continue;
    // Supporters: the citizens who still have supports left, each at most once per topic.
    let given = 0;
    for (let k = 0; given < topic.supporters && k < lookup.citizens.length * 2; k++) {
      const position = (index * 7 + k) % lookup.citizens.length;
      const citizen = lookup.citizens[position];
      if (!citizen || citizen.personId === proposer.personId || (supportsUsed.get(position) ?? 0) >= 5) continue;
      supportsUsed.set(position, (supportsUsed.get(position) ?? 0) + 1);
      const at = new Date(moderatedAt.getTime() + (1 + ((given * 5) % 20)) * hour + given * 37 * 60_000);
      moments.push(
        moment(at, `support “${topic.title}”`, () => supportTopic(deps, contextAs(citizen, at), ids.get(index) ?? 0)),
      );
      given++;
    }
    if (topic.fate !== 'selected' || !topic.lead) continue;
    const selectedAt = new Date(now.getTime() - (15 - index) * day);
    const lead = lookup.unitId(topic.lead);
    const dueOn = quarters[2]?.endsOn ?? localDateOf(now);
    moments.push(
      moment(selectedAt, `select “${topic.title}”`, async () => {
        const startsOn = localDateOf(selectedAt);
        const selected = await selectTopic(deps, contextAs(office, selectedAt), ids.get(index) ?? 0, {
          leadUnitId: lead,
          startsOn,
          dueOn,
          targetText: '群众点题事项按期办结',
          milestones: [
            { title: '制定实施方案', dueOn: addDays(startsOn, 20) },
            { title: '全面完成', dueOn },
          ],
        });
        const taskId = selected.task?.id;
        if (taskId === undefined) return;
        tasks.push({
          id: taskId,
          key: `Q${index + 1}`,
          index: tasks.length,
          story: 'steady',
          lead: topic.lead ?? '',
          milestones: [],
          startsOn,
          dueOn,
          hasChildren: false,
        });
      }),
    );
  }
  return moments;
}

/** The share of a task's time passed at a moment, times its story's pace, as a whole percentage. */
function progressAt(task: PlacedTask, at: Date): number {
  const start = startOfDay(task.startsOn).getTime();
  const end = startOfDay(addDays(task.dueOn, 1)).getTime();
  const share = Math.min(1, Math.max(0, (at.getTime() - start) / (end - start)));
  const pace: Record<DemoStory, number> = {
    steady: 1.05,
    late: 0.7,
    at_risk: 0.95,
    slow: 0.25,
    done: 1.6,
    verified: 1.8,
    routine: 1,
  };
  return Math.min(100, Math.round(share * 100 * pace[task.story]));
}

function valuesFor(fields: readonly ReportField[], progress: number, seed: number): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    if (field.type === 'percent') values[field.key] = field.target ? progress : Math.min(100, progress + 3);
    else if (field.type === 'number') values[field.key] = Math.round((progress / 100) * (20 + (seed % 7) * 9));
    else if (field.type === 'money') values[field.key] = Math.round(progress * (35 + (seed % 5) * 12.5)) / 10;
    else if (field.type === 'choice' && field.multiple)
      values[field.key] = seed % 3 === 0 ? [field.options?.[seed % 4] ?? ''] : [];
    else if (field.type === 'choice')
      values[field.key] = field.options?.[Math.min((field.options?.length ?? 1) - 1, Math.floor(progress / 34))] ?? '';
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}

const summaries = [
  '按计划推进，本期完成既定任务。',
  '组织专题调度，协调解决难点问题。',
  '开展现场督导，问题清单逐项销号。',
  '对照时间节点倒排工期，加快推进。',
];

/** Reports: which are filed on time, late, returned, accepted, left for review or not filed at all. */
export async function planReportMoments(
  deps: ProgrammeDeps,
  lookup: DemoLookup,
  formId: number,
  fields: readonly ReportField[],
  tasks: readonly PlacedTask[],
  now: Date,
): Promise<{ moments: DemoMoment[]; reports: number }> {
  const office = await lookup.actor('office');
  const rows = await listFormReports(deps.db, formId);
  const moments: DemoMoment[] = [];
  for (const task of tasks) {
    const filer = await lookup.filer(task.lead);
    const own = rows.filter((r) => Number(r.task_id) === task.id);
    const past = own.filter((r) => new Date(r.due_at) <= now);
    // Claimed and signed-off tasks stop reporting twelve days ago.
    const stopsAt = task.story === 'done' || task.story === 'verified' ? new Date(now.getTime() - 12 * day) : now;
    for (const [j, report] of own.entries()) {
      const dueAt = new Date(report.due_at);
      const id = Number(report.id);
      const onTime = new Date(dueAt.getTime() - day - 14 * hour);
      const isLastPast = j === past.length - 1;
      const label = `report ${report.period_key} of ${task.key}`;
      const progress = progressAt(task, onTime);
      const fill = {
        values: valuesFor(fields, progress, task.index + j),
        progress,
        summary: summaries[(task.index + j) % summaries.length] ?? '',
      };
      const submit = (at: Date) =>
        moment(at, `${label}: submit`, () => performReportAction(deps, contextAs(filer, at), id, 'submit', fill));
      const review = (at: Date, action: 'accept' | 'return') =>
        moment(at, `${label}: ${action}`, () =>
          performReportAction(
            deps,
            contextAs(office, at),
            id,
            action,
            action === 'return' ? { reason: '数据与台账不一致，请核实后重新报送' } : { note: '同意' },
          ),
        );
      const latest = (at: Date) => new Date(Math.min(at.getTime(), now.getTime() - 10 * 60_000));
      if (dueAt > now) {
        if (task.index % 3 === 0 && stopsAt === now)
          moments.push(
            moment(latest(new Date(now.getTime() - 2 * hour)), `${label}: save`, () =>
              performReportAction(deps, contextAs(filer, new Date(now.getTime() - 2 * hour)), id, 'save', fill),
            ),
          );
        continue;
      }
      if (onTime >= stopsAt) continue;
      const fate = isLastPast
        ? ['unfiled', 'submitted', 'returned', 'accepted', 'accepted'][
            (task.index + (task.story === 'late' ? 0 : 1)) % 5
          ]
        : ['returned_then_accepted', 'late', 'accepted', 'accepted', 'accepted', 'accepted'][(task.index + j) % 6];
      if (fate === 'unfiled') continue;
      const filedAt = fate === 'late' ? latest(new Date(dueAt.getTime() + 2 * day + 10 * hour)) : onTime;
      moments.push(submit(filedAt));
      if (fate === 'submitted') continue;
      const reviewedAt = latest(new Date(filedAt.getTime() + day + 6 * hour));
      if (fate === 'returned' || fate === 'returned_then_accepted') moments.push(review(reviewedAt, 'return'));
      if (fate === 'returned') continue;
      if (fate === 'returned_then_accepted') {
        const again = latest(new Date(reviewedAt.getTime() + day));
        moments.push(submit(again), review(latest(new Date(again.getTime() + day)), 'accept'));
        continue;
      }
      moments.push(review(reviewedAt, 'accept'));
    }
  }
  return { moments, reports: rows.length };
}

/** Milestones reached or missed, claims and sign-offs, routine handling, supervision. */
export async function planTaskMoments(
  deps: ProgrammeDeps,
  lookup: DemoLookup,
  tasks: readonly PlacedTask[],
  now: Date,
): Promise<DemoMoment[]> {
  const office = await lookup.actor('office');
  const supervisor = await lookup.actor('supervisor');
  const leader = await lookup.actor('leader');
  const moments: DemoMoment[] = [];
  for (const task of tasks) {
    const filer = await lookup.filer(task.lead);
    const closing = task.story === 'done' || task.story === 'verified';
    const passed = task.milestones.filter((m) => m.deadline <= now && !m.extra);
    const missed = task.story === 'late' ? passed.at(-1)?.id : undefined;
    for (const milestone of task.milestones) {
      if (milestone.extra || milestone.id === missed) continue;
      const dueSoon = milestone.deadline > now;
      if (dueSoon && !closing) continue;
      const at = dueSoon ? new Date(now.getTime() - 14 * day) : localAt(addDays(milestone.dueOn, -5), 15);
      moments.push(
        moment(at, `milestone ${milestone.id} of ${task.key}`, () =>
          performCompleteMilestone(deps, contextAs(filer, at), task.id, milestone.id, {
            note: '已按节点完成，佐证材料已归档。',
          }),
        ),
      );
    }
    if (closing && !task.hasChildren) {
      const claimAt = new Date(now.getTime() - 9 * day);
      moments.push(
        moment(claimAt, `claim ${task.key}`, () =>
          performTaskAction(deps, contextAs(filer, claimAt), task.id, 'claimDone', {
            note: '各项任务已全面完成，申请核验销号。',
          }),
        ),
      );
      if (task.story === 'verified') {
        const verifyAt = new Date(now.getTime() - 6 * day);
        moments.push(
          moment(verifyAt, `verify ${task.key}`, () =>
            performTaskAction(deps, contextAs(office, verifyAt), task.id, 'verify', {
              note: '经现场核验，目标任务全部完成，同意销号。',
            }),
          ),
        );
      }
    }
    if (task.story === 'routine') {
      const at = new Date(now.getTime() - 30 * day);
      moments.push(
        moment(at, `routine ${task.key}`, () =>
          performTaskAction(deps, contextAs(office, at), task.id, 'moveToRoutine', {
            reason: '阶段性整治目标已实现，转入常态化治理，持续巩固提升。',
          }),
        ),
      );
    }
    if (task.story === 'late') {
      const at = new Date(now.getTime() - 3 * day);
      moments.push(
        moment(at, `comment on ${task.key}`, () =>
          performTaskAction(deps, contextAs(supervisor, at), task.id, 'comment', {
            text: '节点任务已逾期，请对照清单说明原因、倒排工期，确保下一节点按期完成。',
          }),
        ),
      );
    }
    if (task.story === 'slow') {
      const at = new Date(now.getTime() - 2 * day);
      moments.push(
        moment(at, `urge ${task.key}`, () =>
          performTaskAction(deps, contextAs(leader, at), task.id, 'urge', {
            text: '进度明显滞后，请主要负责同志亲自调度，一周内报送整改措施。',
          }),
        ),
      );
    }
  }
  return moments;
}
