import type { ProgrammeKind, ReportFrequency, Visibility } from '../../shared/programmes.ts';
import type { ReportField } from '../programmes/report-form.ts';

/**
 * The demo task lists of 澄川区, after the seeds: the campaign against misconduct and corruption
 * close to the people with its "4+2" problems and "10+2" livelihood items worked through three
 * quarters (二季度重点攻坚, 三季度更大突破, 四季度系统提升: seed 001), the five pledges of seed 004
 * each aiming at 100% coverage, and a list of key projects (seed 001: roads and pipes, air-quality
 * projects, greening, rivers). Pure data: the loader (demo-programmes.service.ts) places it in time
 * relative to today and replays it through the real services.
 */

/** How a task's story goes, which decides its milestones, reports and stage. */
export type DemoStory =
  | 'steady' // every milestone on time, reports accepted
  | 'late' // the last passed milestone missed
  | 'at_risk' // a check due in a few working days
  | 'slow' // progress far behind the time spent
  | 'done' // claimed done, waiting for verification
  | 'verified' // verified and signed off (销号)
  | 'routine'; // moved to routine handling (转入常态化)

export interface DemoTask {
  key: string;
  title: string;
  lead: string;
  support?: readonly string[];
  leader?: string;
  description?: string;
  target?: { text: string; value?: number; unit?: string };
  story: DemoStory;
  weight?: number;
  children?: readonly DemoTask[];
}

export interface DemoForm {
  name: string;
  frequency: ReportFrequency;
  dueWorkingDay: number;
  remindWorkingDays: number;
  /** How many days before today the form was defined (its report history starts then). */
  definedDaysAgo: number;
  fields: readonly ReportField[];
}

export interface DemoTopic {
  title: string;
  description: string;
  keywords: readonly string[];
  /** How many demo citizens support it. */
  supporters: number;
  fate: 'pending' | 'published' | 'rejected' | 'selected';
  /** For a selected topic: the unit that leads the task made from it. */
  lead?: string;
  reason?: string;
}

export interface DemoProgramme {
  key: string;
  title: string;
  kind: ProgrammeKind;
  owner: string;
  visibility: Visibility;
  description: string;
  /** Milestone titles at the end of each of the three quarterly phases. */
  milestoneTitles: readonly [string, string, string];
  tasks: readonly DemoTask[];
  form: DemoForm;
  topics?: readonly DemoTopic[];
}

export const demoPhaseNames = ['重点攻坚', '更大突破', '系统提升'] as const;

const rectification: DemoProgramme = {
  key: 'RECTIFY',
  title: '群众身边不正之风和腐败问题集中整治',
  kind: 'campaign',
  owner: 'D01-DIS',
  visibility: 'internal',
  description:
    '聚焦“4+2”突出问题，二季度重点攻坚、三季度更大突破、四季度系统提升，实现全年大见成效；对转入常态化治理的整治项目巩固提升，严防一放了之、反弹回潮。',
  milestoneTitles: ['重点攻坚阶段任务完成', '更大突破阶段任务完成', '系统提升阶段任务完成'],
  tasks: [
    {
      key: 'Z1',
      title: '乡村振兴领域不正之风和腐败问题专项整治',
      lead: 'D01-DEPT-AGRI',
      support: ['D01-DEPT-FINANCE'],
      leader: '赵志远',
      target: { text: '问题线索办结率100%', value: 100, unit: '%' },
      story: 'steady',
      children: [
        { key: 'Z1.1', title: '杏坪镇惠农资金发放专项检查', lead: 'D01-T01', story: 'steady', weight: 2 },
        { key: 'Z1.2', title: '桑峪镇农村集体“三资”清理', lead: 'D01-T02', story: 'late', weight: 1 },
      ],
    },
    {
      key: 'Z2',
      title: '校园餐突出问题专项整治',
      lead: 'D01-DEPT-EDU',
      support: ['D01-DEPT-MARKET'],
      leader: '钱文华',
      target: { text: '中小学食堂全覆盖检查', value: 100, unit: '%' },
      story: 'at_risk',
    },
    {
      key: 'Z3',
      title: '医保基金管理突出问题专项整治',
      lead: 'D01-DEPT-MEDINS',
      support: ['D01-DEPT-HEALTH'],
      leader: '孙立平',
      target: { text: '定点医药机构检查全覆盖', value: 100, unit: '%' },
      story: 'steady',
    },
    {
      key: 'Z4',
      title: '养老社保领域突出问题专项整治',
      lead: 'D01-DEPT-CIVIL',
      support: ['D01-DEPT-HRSS'],
      leader: '周建民',
      target: { text: '违规领取待遇追回率100%', value: 100, unit: '%' },
      story: 'routine',
    },
    {
      key: 'Z5',
      title: '殡葬领域突出问题专项整治（+2）',
      lead: 'D01-DEPT-CIVIL',
      leader: '周建民',
      target: { text: '公墓乱象整治到位', value: 100, unit: '%' },
      story: 'verified',
    },
    {
      key: 'Z6',
      title: '群众身边“微腐败”和作风问题整治（+2）',
      lead: 'D01-DIS',
      support: ['D01-SUP'],
      leader: '吴海涛',
      target: { text: '典型问题通报曝光', value: 12, unit: '起' },
      story: 'late',
    },
  ],
  form: {
    name: '集中整治月报',
    frequency: 'monthly',
    dueWorkingDay: 3,
    remindWorkingDays: 2,
    definedDaysAgo: 100,
    fields: [
      { key: 'clues', label: '排查问题线索（件）', type: 'number', required: true, min: 0 },
      { key: 'rectified', label: '已整改（件）', type: 'number', required: true, min: 0 },
      { key: 'rate', label: '整改率', type: 'percent', required: true, target: true },
      { key: 'cases', label: '立案查处（件）', type: 'number', required: false, min: 0 },
      {
        key: 'stage',
        label: '所处阶段',
        type: 'choice',
        required: true,
        options: ['重点攻坚', '更大突破', '系统提升'],
      },
    ],
  },
};

const livelihood: DemoProgramme = {
  key: 'LIVELIHOOD',
  title: '“10+2”民生实事',
  kind: 'pledges',
  owner: 'D01',
  visibility: 'public',
  description:
    '十件民生实事由区政府确定，另外两件通过“群众点题”产生，靶向式用力、针对性解决，让群众看到新变化、得到新实惠。',
  milestoneTitles: ['完成摸底和实施方案', '工程量完成过半', '全面完成并验收'],
  tasks: [
    {
      key: 'M01',
      title: '老旧小区改造提升',
      lead: 'D01-DEPT-HOUSING',
      support: ['D01-S01', 'D01-S02'],
      leader: '赵志远',
      target: { text: '改造老旧小区12个', value: 12, unit: '个' },
      story: 'steady',
    },
    {
      key: 'M02',
      title: '背街小巷硬化亮化',
      lead: 'D01-DEPT-URBAN',
      support: ['D01-S03'],
      leader: '赵志远',
      target: { text: '硬化背街小巷30条', value: 30, unit: '条' },
      story: 'late',
    },
    {
      key: 'M03',
      title: '农村饮水安全巩固提升',
      lead: 'D01-DEPT-WATER',
      support: ['D01-T03', 'D01-T05'],
      leader: '郑永强',
      target: { text: '农村自来水普及率100%', value: 100, unit: '%' },
      story: 'steady',
    },
    {
      key: 'M04',
      title: '城区新增公共停车位',
      lead: 'D01-DEPT-URBAN',
      support: ['D01-DEPT-POLICE'],
      leader: '赵志远',
      target: { text: '新增停车位2000个', value: 2000, unit: '个' },
      story: 'slow',
    },
    {
      key: 'M05',
      title: '公厕改造提升',
      lead: 'D01-DEPT-URBAN',
      leader: '赵志远',
      target: { text: '改造公厕40座', value: 40, unit: '座' },
      story: 'done',
    },
    {
      key: 'M06',
      title: '社区嵌入式养老服务',
      lead: 'D01-DEPT-CIVIL',
      support: ['D01-S01'],
      leader: '周建民',
      target: { text: '建成社区养老服务站8个', value: 8, unit: '个' },
      story: 'steady',
    },
    {
      key: 'M07',
      title: '校园周边交通安全整治',
      lead: 'D01-DEPT-POLICE',
      support: ['D01-DEPT-EDU'],
      leader: '冯晓东',
      target: { text: '中小学周边护学岗全覆盖', value: 100, unit: '%' },
      story: 'verified',
    },
    {
      key: 'M08',
      title: '农贸市场提档升级',
      lead: 'D01-DEPT-MARKET',
      support: ['D01-DEPT-COMMERCE'],
      leader: '赵志远',
      target: { text: '改造农贸市场5个', value: 5, unit: '个' },
      story: 'at_risk',
    },
    {
      key: 'M09',
      title: '城区集中供热管网改造',
      lead: 'D01-DEPT-HOUSING',
      leader: '赵志远',
      target: { text: '改造供热管网15公里', value: 15, unit: '公里' },
      story: 'steady',
    },
    {
      key: 'M10',
      title: '餐饮油烟综合治理',
      lead: 'D01-DEPT-ECO',
      support: ['D01-DEPT-MARKET'],
      leader: '郑永强',
      target: { text: '油烟净化设施安装率100%', value: 100, unit: '%' },
      story: 'steady',
    },
  ],
  form: {
    name: '民生实事月报',
    frequency: 'monthly',
    dueWorkingDay: 3,
    remindWorkingDays: 2,
    definedDaysAgo: 100,
    fields: [
      { key: 'invested', label: '累计完成投资（万元）', type: 'money', required: true, min: 0 },
      { key: 'progress_pct', label: '形象进度', type: 'percent', required: true, target: true },
      {
        key: 'issues',
        label: '存在问题',
        type: 'choice',
        required: false,
        options: ['资金', '用地', '手续', '协调'],
        multiple: true,
      },
    ],
  },
  topics: [
    {
      title: '小区充电桩太少，电动车充电难',
      description: '澄源街道很多老小区没有充电桩，电动车只能拉线充电，既不方便也不安全，希望统一建设充电设施。',
      keywords: ['充电桩', '充电难'],
      supporters: 24,
      fate: 'selected',
      lead: 'D01-DEPT-HOUSING',
    },
    {
      title: '增设通往桑峪镇的公交线路',
      description: '桑峪镇到城区只有一趟公交，班次少、等车久，群众进城看病办事很不方便，建议增开线路、加密班次。',
      keywords: ['公交'],
      supporters: 19,
      fate: 'selected',
      lead: 'D01-DEPT-TRANSPORT',
    },
    {
      title: '城区停车难，车辆乱停乱放',
      description: '府前街、迎泽大街一带停车位严重不足，车辆乱停乱放堵塞交通，希望增加停车位并规范管理。',
      keywords: ['停车'],
      supporters: 15,
      fate: 'published',
    },
    {
      title: '老旧小区加装电梯',
      description: '很多老小区住着高龄老人，上下楼困难，希望政府支持老旧小区加装电梯并给予补贴。',
      keywords: ['电梯'],
      supporters: 12,
      fate: 'published',
    },
    {
      title: '锦河公园增加健身设施',
      description: '锦河公园晨练的人很多，但健身器材少且部分损坏，希望增加和维修健身设施。',
      keywords: ['健身'],
      supporters: 6,
      fate: 'published',
    },
    {
      title: '夜间广场舞噪音扰民',
      description: '滨河社区广场舞音响开到晚上十点，噪音很大，影响周边居民休息。',
      keywords: ['噪音', '广场舞'],
      supporters: 3,
      fate: 'published',
    },
    {
      title: '学校门口上下学时段交通拥堵',
      description: '育才路小学门口上下学时段车辆拥堵严重，存在安全隐患。',
      keywords: ['拥堵', '学校'],
      supporters: 0,
      fate: 'pending',
    },
    {
      title: '希望给我家门口修条私家路',
      description: '我家门口的路是我自己的，希望政府出钱修一下。',
      keywords: [],
      supporters: 0,
      fate: 'rejected',
      reason: '属于个人事项，不符合民生实事点题范围',
    },
  ],
};

const pledges: DemoProgramme = {
  key: 'PLEDGES5',
  title: '五件民生实事（全覆盖）',
  kind: 'pledges',
  owner: 'D01',
  visibility: 'public',
  description:
    '集中力量办好5件民生实事：农村寄递物流服务、行政村养老服务设施、城乡居民“自然灾害公众责任险”统保、65岁以上老年人“银龄安康保险”统保、市场主体集成服务，全部实现全覆盖。',
  milestoneTitles: ['完成底数摸排', '覆盖率过半', '实现全覆盖'],
  tasks: [
    {
      key: 'P1',
      title: '农村寄递物流服务全覆盖',
      lead: 'D01-DEPT-TRANSPORT',
      support: ['D01-DEPT-COMMERCE', 'D01-DEPT-AGRI'],
      leader: '赵志远',
      target: { text: '行政村寄递物流服务覆盖率100%', value: 100, unit: '%' },
      story: 'steady',
    },
    {
      key: 'P2',
      title: '行政村养老服务设施全覆盖',
      lead: 'D01-DEPT-CIVIL',
      leader: '周建民',
      target: { text: '行政村养老服务设施覆盖率100%', value: 100, unit: '%' },
      story: 'at_risk',
    },
    {
      key: 'P3',
      title: '城乡居民“自然灾害公众责任险”统保全覆盖',
      lead: 'D01-DEPT-EMERGENCY',
      support: ['D01-DEPT-FINANCE'],
      leader: '冯晓东',
      target: { text: '统保覆盖率100%', value: 100, unit: '%' },
      story: 'verified',
    },
    {
      key: 'P4',
      title: '“银龄安康保险”65岁以上老年人统保全覆盖',
      lead: 'D01-DEPT-CIVIL',
      support: ['D01-DEPT-FINANCE'],
      leader: '周建民',
      target: { text: '65岁以上老年人参保率100%', value: 100, unit: '%' },
      story: 'slow',
    },
    {
      key: 'P5',
      title: '市场主体集成服务全覆盖',
      lead: 'D01-DEPT-MARKET',
      leader: '赵志远',
      target: { text: '集成服务覆盖率100%', value: 100, unit: '%' },
      story: 'steady',
    },
  ],
  form: {
    name: '全覆盖进度月报',
    frequency: 'monthly',
    dueWorkingDay: 3,
    remindWorkingDays: 2,
    definedDaysAgo: 100,
    fields: [
      { key: 'coverage', label: '覆盖率', type: 'percent', required: true, target: true },
      { key: 'covered', label: '已覆盖（个/人）', type: 'number', required: true, min: 0 },
      { key: 'remaining', label: '未覆盖（个/人）', type: 'number', required: false, min: 0 },
    ],
  },
};

const keyProjects: DemoProgramme = {
  key: 'PROJECTS',
  title: '重点项目建设清单',
  kind: 'key_projects',
  owner: 'D01-DEPT-DEVREFORM',
  visibility: 'internal',
  description:
    '以全链条闭环举措抓实项目建设：道路翻新和下水管网改造、大气治理重点项目、森林村庄绿化提升、河湖治理，每周调度。',
  milestoneTitles: ['开工建设', '主体工程完工', '竣工投用'],
  tasks: [
    {
      key: 'K1',
      title: '长钢路至故县路段道路翻新及下水管网改造',
      lead: 'D01-DEPT-HOUSING',
      support: ['D01-DEPT-TRANSPORT', 'D01-DEPT-WATER'],
      leader: '陈光明',
      target: { text: '改造道路3.2公里', value: 3.2, unit: '公里' },
      story: 'verified',
    },
    {
      key: 'K2',
      title: '大气治理重点项目（20项）',
      lead: 'D01-DEPT-ECO',
      leader: '郑永强',
      target: { text: '完成20项大气治理重点项目', value: 20, unit: '项' },
      story: 'steady',
      children: [
        { key: 'K2.1', title: '清退3家砖瓦、石灰窑低效落后企业', lead: 'D01-DEPT-ECO', story: 'verified', weight: 1 },
        {
          key: 'K2.2',
          title: '16个行业专项治理提升项目',
          lead: 'D01-DEPT-ECO',
          support: ['D01-DEPT-EMERGENCY'],
          story: 'steady',
          weight: 3,
        },
        { key: 'K2.3', title: '富余煤气双超发电项目', lead: 'D01-DEPT-DEVREFORM', story: 'late', weight: 2 },
      ],
    },
    {
      key: 'K3',
      title: '森林村庄绿化提升工程',
      lead: 'D01-DEPT-NATRES',
      support: ['D01-T04'],
      leader: '郑永强',
      target: { text: '新增绿化面积1200亩', value: 1200, unit: '亩' },
      story: 'done',
    },
    {
      key: 'K4',
      title: '河湖“四乱”清理和河道综合治理',
      lead: 'D01-DEPT-WATER',
      support: ['D01-T01', 'D01-T02'],
      leader: '郑永强',
      target: { text: '清理“四乱”问题全部销号', value: 100, unit: '%' },
      story: 'at_risk',
    },
  ],
  form: {
    name: '项目周报',
    frequency: 'weekly',
    dueWorkingDay: 0,
    remindWorkingDays: 1,
    definedDaysAgo: 45,
    fields: [
      { key: 'week_invested', label: '本周完成投资（万元）', type: 'money', required: true, min: 0 },
      { key: 'total_invested', label: '累计完成投资（万元）', type: 'money', required: true, min: 0 },
      { key: 'progress_pct', label: '形象进度', type: 'percent', required: true },
      {
        key: 'issues',
        label: '存在问题',
        type: 'choice',
        required: false,
        options: ['资金', '用地', '手续', '协调'],
        multiple: true,
      },
    ],
  },
};

export const demoProgrammes: readonly DemoProgramme[] = [rectification, livelihood, pledges, keyProjects];

/** Every unit code the demo programmes name (checked before anything is written). */
export function demoProgrammeUnitCodes(): string[] {
  const codes = new Set<string>();
  const visit = (task: DemoTask) => {
    codes.add(task.lead);
    for (const code of task.support ?? []) codes.add(code);
    for (const child of task.children ?? []) visit(child);
  };
  for (const programme of demoProgrammes) {
    codes.add(programme.owner);
    programme.tasks.forEach(visit);
    for (const topic of programme.topics ?? []) if (topic.lead) codes.add(topic.lead);
  }
  return [...codes];
}
