import type { insightZh } from '../zh-cn/insight.ts';

/** Hot issues on the leader dashboard (en-US). */
export const insightEn: Record<keyof typeof insightZh, string> = {
  'insight.hotIssues': 'Hot issues',
  'insight.hotHint':
    'Cases and public topics about the same matter at the same place, the hottest first; open one to see its cases.',
  'insight.title': 'Matter',
  'insight.place': 'Place',
  'insight.reports': 'Reports',
  'insight.supports': 'Supports',
  'insight.heat': 'Heat',
  'insight.span': 'Time span',
  'insight.none': 'No hot issues in this period',
  'insight.noPlace': 'Place unknown',
  'insight.topicTag': 'Includes public topics',
};
