import type { TaskDisplayStatus, TopicAction, TopicStatus } from '../../shared/programmes.ts';
import type { Actor } from '../access/actor.ts';
import { maskName, maskPhone } from '../access/masking.ts';
import { can } from '../access/policy.ts';
import { redactPersonalData } from '../privacy/personal-data.ts';
import { isOffice } from '../programmes/programme-access.ts';
import { isTopicWindowOpen } from '../programmes/programme-view.ts';
import type { PublicTopic, TopicView } from './topics.schemas.ts';
import type { TopicRow } from './topics.repository.ts';

/** Turns topic rows into what staff and the public read, with the actions each may take. */

export function isModerator(actor: Actor | null, row: Pick<TopicRow, 'owner_path'>): boolean {
  return isOffice(actor, row.owner_path) || can(actor, 'topic.moderate', row.owner_path);
}

function windowOpen(row: TopicRow, now: Date): boolean {
  return isTopicWindowOpen(
    {
      status: row.programme_status,
      topic_window_opens_at: row.topic_window_opens_at,
      topic_window_closes_at: row.topic_window_closes_at,
    },
    now,
  );
}

export function topicActionsFor(actor: Actor | null, row: TopicRow, now: Date, supported: boolean): TopicAction[] {
  const status = row.status as TopicStatus;
  if (actor?.kind === 'citizen') {
    const open = status === 'published' && windowOpen(row, now);
    return [
      ...(open && !supported ? (['support'] as const) : []),
      ...(open && supported ? (['withdrawSupport'] as const) : []),
    ];
  }
  const moderator = isModerator(actor, row);
  const checks: Partial<Record<TopicAction, boolean>> = {
    publish: moderator && status === 'pending',
    reject: moderator && (status === 'pending' || status === 'published'),
    select: isOffice(actor, row.owner_path) && status === 'published' && row.programme_status === 'active',
  };
  return (Object.keys(checks) as TopicAction[]).filter((a) => checks[a]);
}

const category = (row: TopicRow) =>
  row.category_id === null
    ? null
    : { id: Number(row.category_id), nameZh: row.category_name ?? '', nameEn: row.category_name_en ?? null };
const task = (row: TopicRow) =>
  row.task_id === null
    ? null
    : {
        id: Number(row.task_id),
        title: row.task_title ?? '',
        displayStatus: (row.task_display_status ?? 'not_started') as TaskDisplayStatus,
        progress: Number(row.task_progress ?? 0),
      };

/** A proposer's own words as others read them: numbers, names and house numbers hidden. */
const textOf = (text: string, row: TopicRow) => redactPersonalData(text, { names: [row.proposer_name] }).text;

export function presentTopic(row: TopicRow, actor: Actor | null, relatedCases: number, now: Date): TopicView {
  const unmasked = can(actor, 'pii.read', row.owner_path);
  const name = row.proposer_name ?? '';
  return {
    id: Number(row.id),
    programmeId: Number(row.programme_id),
    programmeTitle: row.programme_title,
    title: unmasked ? row.title : textOf(row.title, row),
    description: unmasked ? row.description : textOf(row.description, row),
    category: category(row),
    keywords: row.keywords ?? [],
    status: row.status as TopicStatus,
    supportCount: row.support_count,
    relatedCases,
    proposer:
      row.proposer_person_id === null
        ? null
        : {
            name: unmasked ? name : maskName(name),
            mobile:
              row.proposer_mobile === null ? null : unmasked ? row.proposer_mobile : maskPhone(row.proposer_mobile),
            masked: !unmasked,
          },
    task: task(row),
    moderationNote: row.moderation_note,
    moderatedAt: row.moderated_at === null ? null : new Date(row.moderated_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
    allowedActions: topicActionsFor(actor, row, now, false),
  };
}

export interface PublicTaskFacts {
  dueOn: string | null;
  milestones: { title: string; dueOn: string; completed: boolean }[];
  updates: { at: string; text: string }[];
}

export function presentPublicTopic(
  row: TopicRow,
  actor: Actor | null,
  now: Date,
  supported: boolean,
  facts: PublicTaskFacts | undefined,
): PublicTopic {
  const mine = actor !== null && row.proposer_person_id !== null && Number(row.proposer_person_id) === actor.personId;
  const linked = task(row);
  return {
    id: Number(row.id),
    programmeId: Number(row.programme_id),
    programmeTitle: row.programme_title,
    title: mine ? row.title : textOf(row.title, row),
    description: mine ? row.description : textOf(row.description, row),
    category: category(row),
    status: row.status as TopicStatus,
    supportCount: row.support_count,
    supportedByMe: supported,
    mine,
    moderationNote: mine ? row.moderation_note : null,
    task: linked && facts ? { ...linked, ...facts } : null,
    createdAt: new Date(row.created_at).toISOString(),
    allowedActions: topicActionsFor(actor, row, now, supported),
  };
}
