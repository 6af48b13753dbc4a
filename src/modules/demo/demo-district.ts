/**
 * The demo district: a fictional district (澄川区, Chengchuan District) with subdistricts,
 * townships, villages, communities, grids, departments, supervisory bodies and the people who
 * work in them. Pure and deterministic: every call returns an identical structure.
 */

export type DemoUnitType =
  | 'district'
  | 'township'
  | 'subdistrict'
  | 'village'
  | 'community'
  | 'grid'
  | 'department'
  | 'task_force'
  | 'supervision_office'
  | 'discipline_commission'
  | 'hotline_centre';

export interface DemoUnit {
  /** Unique, stable, ASCII, e.g. 'D01-T03-V07-G02'. */
  code: string;
  nameZh: string;
  nameEn: string;
  type: DemoUnitType;
  /** null only for the district. */
  parentCode: string | null;
}

export type DemoRole =
  | 'citizen'
  | 'grid_worker'
  | 'dispatcher'
  | 'handler'
  | 'unit_lead'
  | 'supervisor'
  | 'leader'
  | 'programme_office'
  | 'organisation_department'
  | 'administrator';

export interface DemoPerson {
  /** ASCII, lowercase, unique. */
  username: string;
  displayName: string;
  /** 11 digits, unique, fictional. */
  mobile: string;
  memberships: { unitCode: string; role: DemoRole }[];
  /** true for the one demo login per role printed at start and shown on the sign-in page */
  demoLogin: boolean;
}

export interface DemoDistrict {
  /** Parents are always listed before their children. */
  units: DemoUnit[];
  people: DemoPerson[];
}

const DISTRICT_CODE = 'D01';

/**
 * Subdistricts (S) and townships (T). Each place is '<Chinese name> <pinyin>'; the Chinese name
 * ends in 村 (village) or 社区 (community). Villages come first in every township, so the first
 * unit under the first township is a village.
 */
const TOWNS: readonly (readonly [code: string, nameZh: string, nameEn: string, places: string])[] = [
  [
    'S01',
    '澄源街道',
    'Chengyuan Subdistrict',
    '桃园社区 Taoyuan,文苑社区 Wenyuan,府前社区 Fuqian,朝晖社区 Zhaohui,康乐社区 Kangle,和平社区 Heping,丽景社区 Lijing,新华社区 Xinhua',
  ],
  [
    'S02',
    '锦河街道',
    'Jinhe Subdistrict',
    '滨河社区 Binhe,锦绣社区 Jinxiu,春晖社区 Chunhui,馨苑社区 Xinyuan,望湖社区 Wanghu,翠柳社区 Cuiliu,欣悦社区 Xinyue',
  ],
  [
    'S03',
    '西关街道',
    'Xiguan Subdistrict',
    "育才社区 Yucai,兴隆社区 Xinglong,永安社区 Yong'an,东升社区 Dongsheng,瑞丰社区 Ruifeng,关头村 Guantou,杨庄村 Yangzhuang",
  ],
  [
    'T01',
    '杏坪镇',
    'Xingping Town',
    '南沟村 Nangou,上庄村 Shangzhuang,红崖村 Hongya,杏花村 Xinghua,石板村 Shiban,前进村 Qianjin,后河村 Houhe,杏坪社区 Xingping',
  ],
  [
    'T02',
    '桑峪镇',
    'Sangyu Town',
    '桑园村 Sangyuan,大峪村 Dayu,小峪村 Xiaoyu,沙河村 Shahe,庙坪村 Miaoping,柏树村 Baishu,西庄村 Xizhuang',
  ],
  [
    'T03',
    '白岭镇',
    'Bailing Town',
    '岭底村 Lingdi,王家村 Wangjia,槐树村 Huaishu,东坡村 Dongpo,高庄村 Gaozhuang,泉头村 Quantou',
  ],
  [
    'T04',
    '枣园镇',
    'Zaoyuan Town',
    '枣林村 Zaolin,李家村 Lijia,河湾村 Hewan,韩庄村 Hanzhuang,青石村 Qingshi,羊圈村 Yangjuan,郭家村 Guojia',
  ],
  ['T05', '清泉镇', 'Qingquan Town', '泉水村 Quanshui,张庄村 Zhangzhuang,马家村 Majia,寨上村 Zhaishang,龙湾村 Longwan'],
  ['T06', '马坊乡', 'Mafang Township', '坊上村 Fangshang,窑头村 Yaotou,三合村 Sanhe,双井村 Shuangjing,梨园村 Liyuan'],
];

/** Departments directly under the district: [code suffix, Chinese name, English name]. */
const DEPARTMENTS: readonly (readonly [key: string, nameZh: string, nameEn: string])[] = [
  ['WATER', '区水务局', 'District Water Bureau'],
  ['ECO', '区生态环境分局', 'District Ecology and Environment Sub-bureau'],
  ['EMERGENCY', '区应急管理局', 'District Emergency Management Bureau'],
  ['HOUSING', '区住房和城乡建设局', 'District Housing and Urban-Rural Development Bureau'],
  ['TRANSPORT', '区交通运输局', 'District Transport Bureau'],
  ['EDU', '区教育局', 'District Education Bureau'],
  ['HEALTH', '区卫生健康局', 'District Health Bureau'],
  ['MARKET', '区市场监督管理局', 'District Market Regulation Bureau'],
  ['HRSS', '区人力资源和社会保障局', 'District Human Resources and Social Security Bureau'],
  ['COMMERCE', '区商务局', 'District Commerce Bureau'],
  ['CULTOUR', '区文化和旅游局', 'District Culture and Tourism Bureau'],
  ['AGRI', '区农业农村局', 'District Agriculture and Rural Affairs Bureau'],
  ['NATRES', '区自然资源局', 'District Natural Resources Bureau'],
  ['CIVIL', '区民政局', 'District Civil Affairs Bureau'],
  ['URBAN', '区城市管理局', 'District Urban Management Bureau'],
  ['POLICE', '区公安分局', 'District Public Security Sub-bureau'],
  ['DEVREFORM', '区发展和改革局', 'District Development and Reform Bureau'],
  ['FINANCE', '区财政局', 'District Finance Bureau'],
  ['MEDINS', '区医疗保障局', 'District Healthcare Security Bureau'],
  ['PETITION', '区信访局', 'District Letters and Visits Bureau'],
];

/** Supervisory and cross-cutting bodies directly under the district. */
const BODIES: readonly (readonly [code: string, nameZh: string, nameEn: string, type: DemoUnitType])[] = [
  ['D01-SUP', '区委督查室', 'District Party Committee Supervision Office', 'supervision_office'],
  ['D01-DIS', '区纪委监委', 'District Commission for Discipline Inspection and Supervision', 'discipline_commission'],
  ['D01-HOT', '区12345热线中心', 'District 12345 Hotline Centre', 'hotline_centre'],
  ['D01-TF-PETITION', '区信访积案化解专班', 'District Task Force on Long-standing Petition Cases', 'task_force'],
];

/** The demo logins: [username, display name, unit code (null for a citizen), role]. */
const DEMO_LOGINS: readonly (readonly [
  username: string,
  displayName: string,
  unitCode: string | null,
  role: DemoRole,
])[] = [
  ['admin', '周立新', 'D01', 'administrator'],
  ['leader', '李文博', 'D01', 'leader'],
  ['supervisor', '陈清源', 'D01-SUP', 'supervisor'],
  ['discipline', '杨正明', 'D01-DIS', 'supervisor'],
  ['dispatcher', '刘晓燕', 'D01-HOT', 'dispatcher'],
  ['office', '孙建华', 'D01', 'programme_office'],
  ['orgdept', '吴志刚', 'D01', 'organisation_department'],
  ['town.lead', '王建国', 'D01-T01', 'unit_lead'],
  ['town.handler', '张丽娟', 'D01-T01', 'handler'],
  ['dept.handler', '高海峰', 'D01-DEPT-WATER', 'handler'],
  ['grid', '马春梅', 'D01-T01-V01-G01', 'grid_worker'],
  ['citizen', '郭秀兰', null, 'citizen'],
];

/** Common surnames, most common first (picked with a bias towards the front). */
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN_CHARS =
  '建国华明丽娟军平红英伟芳秀兰海燕志强俊文博敏静磊洋艳勇杰涛娜超霞鹏飞云峰晓春梅玉凤林斌刚辉慧宇浩瑞婷雪琳欣悦佳新民德福宏亮成永胜利荣金凯晨阳光学忠秋月振兴卫东';
const MOBILE_PREFIXES = [
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '177',
  '180',
  '182',
  '187',
  '189',
  '191',
  '199',
];

/** Grids in the whole district, and the most any one village or community may have. */
const TOTAL_GRIDS = 200;
const MAX_GRIDS_VILLAGE = 5;
const MAX_GRIDS_COMMUNITY = 7;

type Rng = () => number;

/** mulberry32: a small seeded PRNG returning numbers in [0, 1). */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pickChar(rng: Rng, chars: string, bias = 1): string {
  return chars.charAt(Math.floor(rng() ** bias * chars.length));
}

function buildUnits(): DemoUnit[] {
  const district: DemoUnit = {
    code: DISTRICT_CODE,
    nameZh: '澄川区',
    nameEn: 'Chengchuan District',
    type: 'district',
    parentCode: null,
  };
  const units: DemoUnit[] = [district];
  const places: DemoUnit[] = [];

  for (const [code, nameZh, nameEn, placeList] of TOWNS) {
    const townCode = `${DISTRICT_CODE}-${code}`;
    units.push({
      code: townCode,
      nameZh,
      nameEn,
      type: code.startsWith('S') ? 'subdistrict' : 'township',
      parentCode: DISTRICT_CODE,
    });
    let villages = 0;
    let communities = 0;
    for (const entry of placeList.split(',')) {
      const [zh = '', en = ''] = entry.split(' ');
      const isCommunity = zh.endsWith('社区');
      const suffix = isCommunity ? `C${pad2(++communities)}` : `V${pad2(++villages)}`;
      places.push({
        code: `${townCode}-${suffix}`,
        nameZh: zh,
        nameEn: `${en} ${isCommunity ? 'Community' : 'Village'}`,
        type: isCommunity ? 'community' : 'village',
        parentCode: townCode,
      });
    }
  }

  for (const [key, nameZh, nameEn] of DEPARTMENTS) {
    units.push({ code: `${DISTRICT_CODE}-DEPT-${key}`, nameZh, nameEn, type: 'department', parentCode: DISTRICT_CODE });
  }
  for (const [code, nameZh, nameEn, type] of BODIES) {
    units.push({ code, nameZh, nameEn, type, parentCode: DISTRICT_CODE });
  }
  units.push(...places);

  // Every village/community gets one grid, the rest are spread unevenly (communities may be larger).
  const gridRng = mulberry32(0x5eed_0001);
  const gridCounts = places.map(() => 1);
  let remaining = TOTAL_GRIDS - places.length;
  while (remaining > 0) {
    const index = Math.floor(gridRng() * places.length);
    const place = places[index];
    const count = gridCounts[index];
    if (place === undefined || count === undefined) continue;
    const max = place.type === 'community' ? MAX_GRIDS_COMMUNITY : MAX_GRIDS_VILLAGE;
    if (count < max) {
      gridCounts[index] = count + 1;
      remaining -= 1;
    }
  }
  places.forEach((place, index) => {
    const count = gridCounts[index] ?? 1;
    for (let n = 1; n <= count; n++) {
      units.push({
        code: `${place.code}-G${pad2(n)}`,
        nameZh: `${place.nameZh}第${n}网格`,
        nameEn: `${place.nameEn} Grid ${n}`,
        type: 'grid',
        parentCode: place.code,
      });
    }
  });
  return units;
}

function buildPeople(units: readonly DemoUnit[]): DemoPerson[] {
  const nameRng = mulberry32(0x5eed_0002);
  const mobileRng = mulberry32(0x5eed_0003);
  const usedNames = new Set<string>(DEMO_LOGINS.map(([, displayName]) => displayName));
  const usedMobiles = new Set<string>();
  const people: DemoPerson[] = [];

  const nextName = (): string => {
    for (;;) {
      const surname = pickChar(nameRng, SURNAMES, 2);
      const given =
        nameRng() < 0.25
          ? pickChar(nameRng, GIVEN_CHARS)
          : pickChar(nameRng, GIVEN_CHARS) + pickChar(nameRng, GIVEN_CHARS);
      const name = surname + given;
      if (!usedNames.has(name) && given.charAt(0) !== given.charAt(1)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const nextMobile = (): string => {
    for (;;) {
      const prefix = MOBILE_PREFIXES[Math.floor(mobileRng() * MOBILE_PREFIXES.length)] ?? '138';
      const rest = String(Math.floor(mobileRng() * 1e8)).padStart(8, '0');
      const mobile = prefix + rest;
      if (!usedMobiles.has(mobile)) {
        usedMobiles.add(mobile);
        return mobile;
      }
    }
  };

  const filledSlots = new Set<string>();
  for (const [username, displayName, unitCode, role] of DEMO_LOGINS) {
    if (unitCode !== null) filledSlots.add(`${unitCode}|${role}`);
    people.push({
      username,
      displayName,
      mobile: nextMobile(),
      memberships: unitCode === null ? [] : [{ unitCode, role }],
      demoLogin: true,
    });
  }

  const addStaff = (prefix: string, unitCode: string, role: DemoRole): void => {
    if (filledSlots.has(`${unitCode}|${role}`)) return;
    people.push({
      username: `${prefix}.${unitCode.toLowerCase()}`,
      displayName: nextName(),
      mobile: nextMobile(),
      memberships: [{ unitCode, role }],
      demoLogin: false,
    });
  };

  for (const unit of units) {
    switch (unit.type) {
      case 'township':
      case 'subdistrict':
      case 'department':
        addStaff('lead', unit.code, 'unit_lead');
        addStaff('handler', unit.code, 'handler');
        break;
      case 'village':
      case 'community':
      case 'supervision_office':
      case 'discipline_commission':
      case 'hotline_centre':
      case 'task_force':
        addStaff('lead', unit.code, 'unit_lead');
        break;
      case 'grid':
        addStaff('grid', unit.code, 'grid_worker');
        break;
      case 'district':
        break;
    }
  }
  return people;
}

/** Builds the demo district. Deterministic: every call returns an identical, fresh structure. */
export function buildDemoDistrict(): DemoDistrict {
  const units = buildUnits();
  return { units, people: buildPeople(units) };
}
