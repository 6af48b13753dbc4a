import { intakeZh } from './zh-cn/intake.ts';
import { textAidsZh } from './zh-cn/text-aids.ts';
import { programmesZh } from './zh-cn/programmes.ts';
import { topicsOfficeZh } from './zh-cn/topics-office.ts';
import { programmeEditingZh } from './zh-cn/programme-editing.ts';
import { casesZh } from './zh-cn/cases.ts';
import { supervisionZh } from './zh-cn/supervision.ts';
import { dashboardZh } from './zh-cn/dashboard.ts';
import { insightZh } from './zh-cn/insight.ts';
import { citizenZh } from './zh-cn/citizen.ts';
import { authZh } from './zh-cn/auth.ts';
import { commonZh } from './zh-cn/common.ts';
import { peopleZh } from './zh-cn/people.ts';
import { tokensAuditZh } from './zh-cn/tokens-audit.ts';
import { unitsZh } from './zh-cn/units.ts';

/**
 * The source catalogue: every string the interface shows, in Simplified Chinese.
 * Other catalogues must provide exactly these keys (see `Messages` in message-types.ts).
 * `{name}` marks a parameter that `t(key, { name })` fills in.
 * Larger areas keep their strings in ./zh-cn/*.ts (each with an ./en-us/*.ts counterpart).
 */
export const zhCN = {
  'app.name': '落实',
  'app.subtitle': '区县闭环工作平台',
  'app.home': '落实首页',
  'app.loading': '正在加载…',
  'app.skipToContent': '跳到主要内容',
  'app.documentTitle': '{page} · 落实',

  'nav.label': '主导航',
  'nav.workbench': '工作台',
  'nav.cases': '诉求工单',
  'nav.programmes': '清单任务',
  'nav.reports': '报表',
  'nav.indicators': '指标',
  'nav.supervision': '督查督办',
  'nav.briefings': '简报',
  'nav.admin': '系统管理',

  'header.collapseNav': '收起导航',
  'header.expandNav': '展开导航',
  'header.openNav': '打开导航',
  'header.language': '界面语言',

  'user.notSignedIn': '未登录',
  'user.menu': '用户菜单（{name}）',

  'workbench.welcomeTitle': '欢迎使用落实',
  'workbench.welcomeBody':
    '落实把群众诉求、清单任务、报表和指标放进同一个工作闭环：问题受理后按时限派给责任单位，全程跟踪督办，直到办结、回访并计入考核。',
  'workbench.apiDocs': '查看 API 文档',
  'workbench.apiDocsHint': '在新窗口中打开服务器的 OpenAPI 接口文档。',

  'status.title': '系统状态',
  'status.refresh': '刷新',
  'status.refreshLabel': '重新检查系统状态',
  'status.loading': '正在检查系统状态…',
  'status.service': '服务',
  'status.database': '数据库',
  'status.version': '版本',
  'status.checkedAt': '检查时间',
  'status.serviceUp': '运行中',
  'status.serviceDown': '不可用',
  'status.dbNotReady': '未就绪',
  'status.dbUnavailable': '不可用',
  'status.problemTitle': '无法获取完整的系统状态',
  'status.notReadyTitle': '服务尚未就绪',
  'status.errorNetwork': '无法连接服务器（{path}），请确认服务已经启动。',
  'status.errorTimeout': '服务器在 {seconds} 秒内没有响应（{path}）。',
  'status.errorUnexpected': '服务器返回了意外的响应（{path}：HTTP {status}，{contentType}）。',
  'status.errorNotReady': '{message}（{code}）',
  'status.requestId': '请求编号：{id}',
  'status.unknownContentType': '无内容类型',

  'module.underConstruction': '该模块正在建设中',
  'module.underConstructionHint': '“{module}”的功能正在开发，上线后将在这里提供。',
  'module.backToWorkbench': '返回工作台',

  'notFound.title': '页面不存在',
  'notFound.body': '地址 {path} 没有对应的页面，可能已经移动，或者地址有误。',

  'error.title': '页面出错了',
  'error.body': '页面未能加载，请刷新后重试。',
  'error.reload': '刷新页面',

  ...commonZh,
  ...authZh,
  ...unitsZh,
  ...peopleZh,
  ...tokensAuditZh,
  ...citizenZh,
  ...supervisionZh,
  ...textAidsZh,
  ...dashboardZh,
  ...insightZh,
  ...casesZh,
  ...intakeZh,
  ...programmesZh,
  ...topicsOfficeZh,
  ...programmeEditingZh,
} as const;
