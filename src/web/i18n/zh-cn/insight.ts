/** 热点: hot issues on the leader dashboard (source catalogue, zh-CN). */
export const insightZh = {
  'insight.hotIssues': '热点问题',
  'insight.hotHint': '同一地点反映同一事项的诉求和群众点题，按热度排序；点击查看相关诉求。',
  'insight.title': '事项',
  'insight.place': '地点',
  'insight.reports': '反映次数',
  'insight.supports': '点赞',
  'insight.heat': '热度',
  'insight.span': '时间跨度',
  'insight.none': '本期暂无热点问题',
  'insight.noPlace': '未定位',
  'insight.topicTag': '含群众点题',
} as const;
