import type { CaseChannel } from '../../shared/cases.ts';

/**
 * The words of the demo cases (demo-cases.ts): what citizens write to 12345 and what the units
 * answer, for the demo district 澄川区. Everything here is fictional: companies, shops, people.
 *
 * Slots in the texts: {place} the village or community, {town} its township or subdistrict,
 * {spot} a spot there, {date} a day shortly before the report, {day} the day the unit acted,
 * {unit} the lead unit, {dept} a department, any name in `vars` (chosen once per case, so body,
 * reply and extra fields agree), {n:3-9} a number, {a|b|c} one of the alternatives.
 */

export type PlaceKind = 'village' | 'community' | 'any';

export interface CaseText {
  id: string;
  /** Level-1, level-2 and level-3 names in default-categories.tsv. */
  category: readonly [string, string, string];
  where: PlaceKind;
  title: string;
  /** In the citizen's words. */
  bodies: readonly string[];
  /** In a grid worker's or inspector's words, for cases found by staff (patrol, inspection…). */
  staffBody?: string;
  /** The unit's answer when it resolves the case (what was done, when, on what basis). */
  reply: string;
  notes?: readonly string[];
  /** A second report of the same problem at the same place (duplicates and recurrences). */
  again?: string;
  vars?: Readonly<Record<string, readonly string[]>>;
  extra?: Readonly<Record<string, string>>;
  spots?: readonly string[];
  /** Channels besides the web form and the hotline that bring this kind of case. */
  channels?: readonly CaseChannel[];
  /** Default 'general'. */
  tier?: 'minor' | 'either' | 'major';
  urgent?: boolean;
  /** Local months (1–12) in which the problem occurs; any month when absent. */
  months?: readonly number[];
  /** The department that leads instead of the routing table's suggestion. */
  leadKey?: string;
  /** A department a township may summon (吹哨) for this kind of case. */
  summonKey?: string;
}

export const villageSpots = [
  '东头',
  '西头',
  '村委会旁',
  '村口',
  '小学附近',
  '北坡',
  '南街',
  '二组',
  '三组',
  '五组',
  '老戏台旁',
  '文化广场',
  '村卫生室旁',
  '水塔下',
] as const;
export const communitySpots = [
  '3号楼',
  '5号楼2单元',
  '东门',
  '北门',
  '小区广场',
  '菜市场旁',
  '12号楼',
  '沿街商铺',
  '幼儿园门口',
  '8号楼',
  '7号楼1单元',
  '社区服务站旁',
] as const;

const wageCompanies = [
  '澄川鼎盛劳务有限公司',
  '白岭华新建材有限公司',
  '锦河瑞丰装饰工程有限公司',
  '澄川顺达物流有限公司',
  '杏坪福顺食品加工厂',
  '西关宏远汽修厂',
];
const sites = [
  '澄川宏达建筑工程有限公司承建的住宅项目工地',
  '锦河大道道路改造工地',
  '城西安置房项目工地',
  '府前街雨污分流管网改造工地',
];
const restaurants = ['好再来饭店', '川香园餐馆', '老地方家常菜', '兰州牛肉拉面馆', '喜相逢饺子馆'];
const supermarkets = ['西关美佳超市', '澄源华联超市', '锦河百姓家超市', '杏坪万家福超市'];

export const caseTexts: readonly CaseText[] = [
  {
    id: 'streetlight',
    category: ['城乡建设', '城市建设和市政管理', '城市公共设施'],
    where: 'any',
    title: '{place}{spot}路灯不亮',
    bodies: [
      '{town}{place}{spot}一排路灯已经{n:3-9}天不亮了，晚上黑灯瞎火，老人孩子出门很不方便，前两天还有人骑电动车摔倒，希望尽快修好。',
      '我家住{place}，{spot}那段路的路灯从上周开始就时亮时不亮，晚上下班回来什么都看不见，请相关部门派人检修。',
    ],
    staffBody: '巡查发现{place}{spot}路段路灯{n:4-8}盏不亮，夜间照明不足，存在安全隐患，需维修。',
    again: '{place}{spot}的路灯还是不亮，之前已经有人反映过，晚上走路太危险了，请抓紧处理。',
    notes: ['已联系路灯维护单位，约定明天到现场排查线路。', '经现场排查，系地埋电缆老化短路，需更换电缆。'],
    reply:
      '经{unit}会同路灯维护单位于{day}到现场排查，{place}{spot}路段路灯不亮系地埋电缆老化短路所致。维修人员已更换电缆{n:30-80}米、更换损坏灯具{n:2-6}盏，当晚试亮正常。已将该路段纳入每月夜间巡查，发现故障48小时内修复。',
    channels: ['patrol', 'street_sweep'],
    tier: 'either',
  },
  {
    id: 'garbage',
    category: ['城乡建设', '城市建设和市政管理', '环境卫生'],
    where: 'any',
    title: '{place}{spot}垃圾堆放无人清运',
    bodies: [
      '{place}{spot}的垃圾池已经满了{n:3-7}天没人清运，垃圾堆到了路边，苍蝇蚊子很多，味道很大，请尽快安排清运。',
      '{town}{place}{spot}旁边有人长期乱倒生活垃圾和装修垃圾，越堆越多，已经堵了半条路，请管一管。',
    ],
    staffBody: '巡查发现{place}{spot}垃圾池满溢，周边散落生活垃圾和装修垃圾约{n:2-5}立方米，需清运并加强管理。',
    again: '{place}{spot}的垃圾堆又满了，前面清过一次没几天又堆起来，住在旁边的几户人家都受不了了。',
    notes: ['已安排保洁人员到场，先行清理路边散落垃圾。', '已联系环卫公司增加该点位清运频次。'],
    reply:
      '{day}，{unit}组织环卫人员和车辆对{place}{spot}积存垃圾进行了全面清运，共清运生活垃圾和装修垃圾约{n:3-12}车，并对周边进行了消杀。已在该处增设垃圾桶{n:2-4}个、设置“禁止乱倒垃圾”提示牌，清运频次调整为每日一次，由网格员每日巡查。',
    channels: ['patrol', 'street_sweep'],
    tier: 'either',
    summonKey: 'ECO',
  },
  {
    id: 'water-outage',
    category: ['城乡建设', '城市建设和市政管理', '自来水供应'],
    where: 'any',
    title: '{place}停水未恢复',
    bodies: [
      '{town}{place}从{date}早上开始停水，到现在还没来水，也没有任何停水通知，家里老人做饭喝水都成问题，请尽快恢复供水。',
      '{place}{spot}一带自来水水压特别低，二楼以上基本不出水，已经持续一个多星期了，请供水部门查一下原因。',
    ],
    again: '{place}还是没有水，我们这一片好几十户都停着，到底什么时候能来水？',
    notes: ['已联系供水公司抢修班组，初步判断为主管道阀门故障。', '已安排送水车到现场临时供水。'],
    reply:
      '经查，{place}供水异常的原因为{spot}附近供水主管道阀门损坏漏水。供水公司抢修人员于{day}完成阀门更换，当日下午恢复正常供水，抢修期间安排送水车临时供水{n:2-3}次。已要求供水公司今后计划停水须提前24小时张贴通知，突发停水及时在村（社区）群告知。',
    urgent: true,
    summonKey: 'WATER',
  },
  {
    id: 'heating',
    category: ['城乡建设', '城市建设和市政管理', '冬季采暖'],
    where: 'community',
    title: '{place}{spot}暖气不热',
    bodies: [
      '{place}{spot}供暖开始好几天了，家里暖气片一直是凉的，屋里只有{n:12-15}度，家里有老人和孩子，找物业说是热力公司的事，请帮忙协调。',
      '我家住{place}{spot}顶楼，今年暖气只有一点温乎气，室温达不到18度，采暖费是全额交的，希望热力公司上门检查。',
    ],
    notes: ['已通知热力公司客服中心派员入户测温。', '入户测温室温{n:14-16}℃，初步判断为楼内管道存气。'],
    reply:
      '热力公司维修人员于{day}入户检查，实测室温{n:14-16}℃，原因为楼内供暖立管存气、户内阀门过滤网堵塞。已为该户及同单元{n:3-8}户排气、清洗过滤网，复测室温达到{n:19-21}℃，符合不低于18℃的供热标准。热力公司承诺供暖期内对该楼每周回访一次。',
    months: [11, 12, 1, 2, 3],
    summonKey: 'HOUSING',
  },
  {
    id: 'gas-smell',
    category: ['城乡建设', '城市建设和市政管理', '燃气供应'],
    where: 'community',
    title: '{place}{spot}楼道有燃气味',
    bodies: [
      '{place}{spot}楼道里从昨天晚上开始一直有很浓的燃气味，不知道是哪家漏气，大家都很害怕，请燃气公司马上派人来查。',
    ],
    notes: ['燃气公司抢险人员已到场，关闭单元总阀排查。'],
    reply:
      '燃气公司抢险人员接单后30分钟内到达现场，经检测系{spot}立管丝扣接口老化漏气，已于{day}更换接口并做气密性试验后恢复供气。同时对该单元{n:10-24}户入户安检，更换老化胶管{n:2-5}根。已依据《城镇燃气管理条例》提醒居民不得私自改装燃气设施。',
    urgent: true,
  },
  {
    id: 'manhole',
    category: ['城乡建设', '城市建设和市政管理', '基础设施'],
    where: 'any',
    title: '{place}{spot}井盖缺失',
    bodies: [
      '{town}{place}{spot}路边有一个雨水井盖丢了，只用几根树枝挡着，晚上根本看不见，非常危险，请赶紧补上。',
      '{place}{spot}的路面塌了一个大坑，直径有一米多，下面能看到空洞，车辆经过很危险，请尽快处理。',
    ],
    staffBody: '巡查发现{place}{spot}路边雨水井盖缺失，井口仅用树枝遮挡，夜间存在坠落风险，已临时设置警示。',
    notes: ['已在现场设置围挡和警示标志。'],
    reply:
      '接件后，{unit}当天安排人员在现场设置围挡和警示灯。{day}，市政养护单位完成井盖补装（更换为防盗防坠井盖），并对周边破损路面进行了修补。已将辖区井盖纳入每周巡查台账。',
    channels: ['patrol', 'street_sweep'],
    urgent: true,
    summonKey: 'WATER',
  },
  {
    id: 'elevator',
    category: ['商贸旅游', '质监检验检疫', '特种设备管理'],
    where: 'community',
    title: '{place}{spot}电梯频繁故障困人',
    bodies: [
      '{place}{spot}的电梯这个月已经坏了{n:3-5}次，昨天还把一位老人关在里面半个多小时，物业只是简单修一下，请监管部门查一查这部电梯是否安全。',
    ],
    notes: ['已通知电梯维保单位和物业到场。', '特种设备安全监察人员已现场检查，责令停梯检修。'],
    reply:
      '{day}，{unit}特种设备安全监察人员会同物业、维保单位现场检查，发现该电梯门锁回路触点磨损、制动器间隙超标。依据《中华人民共和国特种设备安全法》，已责令停梯整改，维保单位更换了门锁触点和制动衬，经检验机构复检合格后恢复运行，并要求物业将维保频次由每15日一次调整为每周一次。',
    urgent: true,
  },
  {
    id: 'street-vendors',
    category: ['城乡建设', '城市建设和市政管理', '城管执法'],
    where: 'community',
    title: '{place}{spot}占道经营堵路',
    bodies: [
      '{place}{spot}每天早上和傍晚都有很多流动摊贩占道卖菜卖水果，把路堵得只剩一条缝，车过不去，垃圾扔一地，希望城管管一管。',
      '{place}{spot}有几家商铺长期把货物和桌椅摆到人行道上，行人只能走机动车道，很不安全。',
    ],
    staffBody: '扫街发现{place}{spot}流动摊贩{n:8-15}处占道经营，店外摆放{n:3-6}处，影响通行。',
    again: '{place}{spot}的占道经营又出来了，城管来一次走了就又摆上了，希望能长期管住。',
    notes: ['城管队员已到场劝导，摊贩暂时撤离。'],
    reply:
      '{unit}联合城管执法中队于{day}对{place}{spot}占道经营进行集中整治，劝离流动摊贩{n:8-20}处，对{n:2-5}家店外经营商户下达《责令改正通知书》。同时在附近便民市场腾出摊位{n:10-30}个，引导摊贩入市经营，并安排执法队员早晚高峰定点值守。',
    channels: ['street_sweep'],
    summonKey: 'MARKET',
  },
  {
    id: 'stray-dogs',
    category: ['城乡建设', '城市建设和市政管理', '城管执法'],
    where: 'any',
    title: '{place}流浪狗成群出没',
    bodies: [
      '{place}{spot}最近有七八条流浪狗成群结队，晚上乱叫，已经有小孩被追着咬过，家长都不敢让孩子自己上学，请尽快处理。',
    ],
    notes: ['已联系犬只收容机构，约定上门捕捉。'],
    reply:
      '{day}，{unit}联系犬只收容中心工作人员到{place}{spot}开展捕捉，共收容流浪犬{n:5-9}只，送收容中心检疫后统一安置。已提醒被犬只追咬的家庭及时到狂犬病暴露预防处置门诊接种疫苗，并开展文明养犬宣传。',
    summonKey: 'POLICE',
  },
  {
    id: 'trees',
    category: ['城乡建设', '城市建设和市政管理', '园林绿化'],
    where: 'community',
    title: '{place}{spot}楼前大树枯枝存在隐患',
    bodies: [
      '{place}{spot}楼前的几棵大杨树长得比楼还高，树枝伸到窗户上，刮风时敲得哐哐响，还有一根大枯枝随时可能掉下来砸人，请园林部门修剪。',
    ],
    notes: ['已联系园林养护单位，需使用高空作业车，预计本周内施工。'],
    reply:
      '{day}，园林养护单位对{place}{spot}楼前{n:3-6}棵杨树进行了修剪，清除枯枝和伸入住户窗户的枝杈，修剪后树冠与楼体保持2米以上距离。同时对小区内其他{n:10-20}棵高大乔木进行了安全排查。',
  },
  {
    id: 'bus',
    category: ['城乡建设', '城市建设和市政管理', '公共汽车'],
    where: 'village',
    title: '{place}到城区的公交车班次太少',
    bodies: [
      '{town}{place}到城区的公交车每天只有早晚各一班，而且经常不按点发车，村里老人去区医院看病、学生上学都很不方便，希望增加班次。',
    ],
    notes: ['已与公交公司对接，正在测算沿线客流。'],
    reply:
      '经{unit}会同公交公司调研，{place}沿线日均客流约{n:80-150}人次。公交公司已于{day}起将该线路由每天2班调整为每天{n:5-6}班，并在{place}增设候车亭1座，发车时刻表已在村委会公示。',
    leadKey: 'TRANSPORT',
  },
  {
    id: 'power-cuts',
    category: ['城乡建设', '城市建设和市政管理', '电力供应'],
    where: 'village',
    title: '{place}频繁停电',
    bodies: [
      '{town}{place}这一个月停了{n:4-8}次电，有时候一停就是大半天，冰箱里的东西都坏了，养殖户的增氧机也停了，请供电部门检查线路。',
    ],
    notes: ['供电所已派员排查线路。'],
    reply:
      '经供电所于{day}现场排查，{place}停电主要原因是村内10千伏线路老化、变压器容量不足。供电所已更换老旧导线{n:1-3}公里、增容变压器1台，近期停电情况已消除。今后计划停电将提前通过村广播和微信群通知。',
  },
  {
    id: 'property-service',
    category: ['城乡建设', '住房保障与房地产', '物业服务'],
    where: 'community',
    title: '{place}小区物业不作为',
    bodies: [
      '{place}小区物业收了物业费却什么都不管，{spot}楼道灯坏了半年没人修，单元门禁也坏了，外人随便进，垃圾也不及时清，请街道督促物业履行职责。',
      '{place}小区物业今年突然把物业费从每平米1.2元涨到1.8元，没有开业主大会也没有公示，请相关部门核查是否合规。',
    ],
    notes: ['已约谈物业服务企业项目经理，要求限期整改。'],
    reply:
      '{unit}于{day}约谈物业服务企业负责人，依据《物业管理条例》和物业服务合同，责令其限期整改。物业已修复楼道灯{n:6-15}盏、更换单元门禁{n:2-4}套，垃圾清运调整为日产日清；调价事项未经业主大会表决，已暂停执行。社区将每月组织业主代表评议物业服务，评议结果纳入物业企业信用考评。',
    summonKey: 'MARKET',
  },
  {
    id: 'property-certificate',
    category: ['城乡建设', '住房保障与房地产', '房产证登记、办理'],
    where: 'community',
    title: '{place}小区业主多年办不下房产证',
    bodies: [
      '我们是{place}小区的业主，{n:200-400}多户，2018年交房至今一直办不下房产证，开发商说是土地出让金没交齐，孩子上学、房子买卖都受影响，多次反映没有结果，恳请政府帮忙解决。',
    ],
    notes: [
      '专班已召集区住建局、区自然资源局和属地街道召开协调会。',
      '已查明开发商欠缴土地出让金及滞纳金，正督促其补缴。',
    ],
    reply:
      '区信访积案化解专班牵头，会同区住建局、区自然资源局和{town}于{day}召开协调会。经核实，开发商欠缴土地出让金，专班督促其分期补缴，现已补缴完毕。区自然资源局已为小区办理土地首次登记，首批{n:80-150}户不动产权证书已发放，其余业主分批办理，预计两个月内全部完成。',
    channels: ['letter', 'leader_reception', 'supervision'],
    staffBody: '督查交办：{place}小区{n:200-400}余户业主交房多年未能办理不动产权证书，群众多次信访，请专班牵头化解。',
    tier: 'major',
  },
  {
    id: 'illegal-building',
    category: ['城乡建设', '城乡规划', '违章建筑'],
    where: 'any',
    title: '{place}{spot}私搭乱建',
    bodies: [
      '{place}{spot}有住户在院外私自圈地盖了一间彩钢房，占用了公共绿地和消防通道，邻居们意见很大，请依法拆除。',
      '{place}{spot}有人在楼顶加盖房屋，施工好几天了，噪音大还往下掉东西，担心楼板承重出问题。',
    ],
    staffBody: '巡查发现{place}{spot}有新建彩钢房一处，约{n:20-40}平方米，占用公共绿地和消防通道，疑似违法建设。',
    notes: ['执法人员已现场勘验，正在调查取证。'],
    reply:
      '经{unit}于{day}现场核查，该建筑未取得建设工程规划许可，属违法建设。依据《中华人民共和国城乡规划法》，已向当事人下达《限期拆除决定书》，当事人已在期限内自行拆除，恢复公共绿地约{n:20-40}平方米，消防通道已畅通。',
    channels: ['patrol', 'street_sweep'],
  },
  {
    id: 'village-road',
    category: ['交通运输', '建设管理', '设施维护'],
    where: 'village',
    title: '{place}村道坑洼破损严重',
    bodies: [
      '{town}{place}通往镇上的村道有好几段路面坑坑洼洼，下雨天全是积水，农用车和校车走都很危险，前几天还翻了一辆三轮车，希望尽快修补。',
      '{place}{spot}到主路的一段水泥路被拉石料的重车压碎了，路面全是大坑，村民出行困难。',
    ],
    staffBody: '巡查发现{place}{spot}村道路面破损，坑槽多处，雨天积水，影响群众出行和校车通行。',
    again: '{place}的村道又被压坏了，上次修补的地方也塌了，出行还是很困难。',
    notes: ['养护队已现场勘察，待天气好转后施工。'],
    reply:
      '{unit}于{day}组织公路养护队对{place}村道破损路段进行修补，共修补坑槽{n:20-60}平方米，更换破碎板{n:3-10}块。已在路口设置限载标志，并协调交警部门加强对超载重车的查处。该路段已纳入明年农村公路提质改造计划。',
    channels: ['patrol'],
  },
  {
    id: 'night-construction',
    category: ['环境保护', '环境污染', '噪音污染'],
    where: 'any',
    title: '{place}附近工地夜间施工噪音扰民',
    bodies: [
      '{place}{spot}附近的{site}每天晚上施工到凌晨一两点，打桩机、搅拌车声音特别大，全家人都睡不着，孩子第二天还要上学，请管一管。',
      '已经连续一个星期了，{place}旁边的{site}半夜还在浇筑混凝土，震得窗户都在响，问工地说有夜间施工许可，请核实是否真的有。',
    ],
    vars: { site: sites },
    extra: { timeOfDay: '夜间', pollutionSource: '{site}' },
    again: '{site}今晚又在施工，噪音比上次还大，之前反映了也没用，请彻底解决。',
    notes: ['执法人员已于夜间到工地现场检查，施工单位未能提供夜间施工证明。'],
    reply:
      '{unit}执法人员于{day}夜间到现场检查，该工地未取得夜间施工证明即在22时后施工。依据《中华人民共和国噪声污染防治法》，已对施工单位立案查处并责令立即停止夜间施工。施工单位已书面承诺22时至次日6时不再进行产生噪声的作业，确需连续施工的将依法办理手续并提前公告。执法人员将持续开展夜间巡查。',
  },
  {
    id: 'square-dance',
    category: ['环境保护', '环境污染', '噪音污染'],
    where: 'community',
    title: '{place}广场舞音响声音太大',
    bodies: [
      '{place}{spot}每天晚上七点到九点半都有人跳广场舞，音响开得特别大，家里关着窗户都能听到，孩子没法写作业，希望能调小音量、缩短时间。',
    ],
    extra: { timeOfDay: '夜间' },
    spots: ['小区广场', '社区服务站旁', '东门空地'],
    reply:
      '{unit}于{day}组织广场舞队伍负责人和周边居民代表座谈，商定每晚活动时间为19:00至20:30，音响音量控制在60分贝以下，并配备分贝测试仪由网格员不定期检测。协商结果已在小区公告栏公示，近期回访周边居民，反映噪音明显减小。',
    tier: 'minor',
  },
  {
    id: 'bbq-smoke',
    category: ['环境保护', '环境污染', '大气污染'],
    where: 'any',
    title: '{place}{spot}{shop}油烟扰民',
    bodies: [
      '{place}{spot}的{shop}没有安装油烟净化设备，每天晚上油烟直接往居民楼里排，家里窗户都不敢开，衣服也没法晾，请环保部门查处。',
    ],
    vars: { shop: ['老街烧烤', '老王烧烤店', '兄弟串串香', '川味烤鱼店'] },
    extra: { timeOfDay: '夜间', pollutionSource: '{shop}' },
    notes: ['执法人员已到店检查，责令停止露天烧烤。'],
    reply:
      '{unit}执法人员于{day}到{shop}检查，该店未安装油烟净化设施，存在露天烧烤行为。依据《中华人民共和国大气污染防治法》，已责令其停止露天烧烤并限期安装油烟净化装置。目前该店已安装油烟净化器，排烟管道改至楼顶高空排放，经复查整改到位。',
  },
  {
    id: 'straw-burning',
    category: ['环境保护', '环境污染', '大气污染'],
    where: 'village',
    title: '{place}有人焚烧秸秆',
    bodies: ['{town}{place}{spot}地里有人在烧玉米秸秆，烟特别大，公路上都看不清，呛得人喘不过气，请赶紧派人来制止。'],
    staffBody: '巡查发现{place}{spot}农田有焚烧秸秆明火，烟雾较大，已现场劝阻，需镇禁烧队处置。',
    extra: { timeOfDay: '白天' },
    reply:
      '接件后，{town}禁烧巡查队{n:20-40}分钟内赶到现场将明火扑灭。经查系本村村民焚烧自家地里的秸秆，已对其批评教育并责令清理过火地块。镇里已安排秸秆打捆离田，并在{place}增设禁烧巡查点，落实网格员每日巡查。',
    channels: ['patrol'],
    months: [5, 6, 9, 10, 11],
  },
  {
    id: 'river-sewage',
    category: ['环境保护', '环境污染', '水污染'],
    where: 'village',
    title: '{place}附近{factory}往河里排污水',
    bodies: [
      '{place}村边的小河这几天水发黑发臭，顺着河道找过去发现是{factory}的排污管直接通到河里，鱼都死了不少，请环保部门来查。',
    ],
    staffBody: '河道巡查发现{place}段河水发黑、有异味，沿河排查发现{factory}有暗管排污迹象。',
    vars: { factory: ['福顺食品加工厂', '恒泰石材厂', '宏利养殖场', '鑫盛洗涤厂'] },
    extra: { pollutionSource: '{factory}' },
    notes: ['已采集河道水样送检，等待监测结果。'],
    reply:
      '{unit}执法人员于{day}对{factory}进行检查并采样监测，该厂污水处理设施未正常运行，存在超标排放行为。依据《中华人民共和国水污染防治法》，已责令其立即停止排污、限期整改并立案处罚。属地镇已组织对受污染河段进行清淤，后续水质监测结果达标。',
    channels: ['patrol', 'inspection'],
  },
  {
    id: 'sewage-overflow',
    category: ['城乡建设', '城市建设和市政管理', '基础设施'],
    where: 'community',
    title: '{place}{spot}污水井堵塞外溢',
    bodies: [
      '{place}{spot}门口的污水井堵了，这几天污水一直往外冒，流了一路，臭气熏天，出门都得踩着污水走，请赶紧疏通。',
    ],
    staffBody: '巡查发现{place}{spot}污水检查井堵塞，污水外溢至路面约{n:20-50}米，需疏通。',
    again: '{place}{spot}的污水井又冒了，上次疏通完没几天又堵上了，请找找根本原因。',
    notes: ['已安排吸污车先行抽排，正在排查管网堵点。'],
    reply:
      '{unit}于{day}安排市政排水养护单位对{place}{spot}污水管网进行疏通，清掏淤泥约{n:3-8}立方米。经管道内窥检测，发现一处管道错位变形，已开挖修复。已将该路段列入雨季前重点清掏点位。',
    channels: ['patrol', 'street_sweep'],
    summonKey: 'WATER',
  },
  {
    id: 'debris-dumping',
    category: ['环境保护', '环境污染', '固体污染'],
    where: 'any',
    title: '{place}{spot}有人夜间偷倒建筑垃圾',
    bodies: [
      '{place}{spot}的空地上最近经常有渣土车半夜来倒建筑垃圾，已经堆成了小山，刮风就扬尘，下雨就流泥水，请查一下是谁倒的。',
    ],
    staffBody: '巡查发现{place}{spot}空地新增建筑垃圾约{n:50-150}立方米，疑似夜间偷倒。',
    reply:
      '{unit}于{day}调取周边监控，查明倾倒车辆所属运输公司，依据《城市建筑垃圾管理规定》，已责令其将倾倒的建筑垃圾全部清运并依法处罚。现场已清运建筑垃圾约{n:100-300}立方米，并设置了围挡和监控探头。',
    channels: ['patrol', 'street_sweep'],
  },
  {
    id: 'wage-arrears',
    category: ['劳动和社会保障', '工资福利', '工资发放'],
    where: 'any',
    title: '{company}拖欠工资',
    bodies: [
      '我在{company}上班，公司已经拖欠我们{n:2-4}个月工资了，一共{n:12-40}个人，每人欠一万多，老板一直说没钱，请帮我们讨回工资。',
      '我在{company}干了半年，上个月离职，还有{n:6000-15000}元工资没给，打电话老板也不接，请劳动监察帮忙。',
    ],
    vars: { company: wageCompanies },
    extra: { employerName: '{company}' },
    notes: ['劳动保障监察员已约谈企业负责人，要求提供工资发放台账。'],
    reply:
      '{unit}劳动保障监察大队于{day}约谈{company}负责人。经核查，该公司确实存在拖欠工资情况。依据《保障农民工工资支付条例》，已下达《劳动保障监察责令改正决定书》，企业已在期限内将拖欠的工资全部支付到位，当事人已确认收到。企业今后如再有欠薪行为，将依法纳入拖欠农民工工资失信联合惩戒名单。',
    channels: ['letter', 'leader_reception', 'visit'],
  },
  {
    id: 'dismissal',
    category: ['劳动和社会保障', '劳动关系', '劳动合同纠纷'],
    where: 'any',
    title: '{company}辞退员工不给补偿',
    bodies: [
      '我在{company}工作了{n:3-6}年，上个月公司突然通知我不用来了，没有任何书面通知，也不给经济补偿，劳动合同也一直没签，请问怎么维权。',
    ],
    vars: { company: ['澄川美佳超市', '锦河华润物业服务有限公司', '西关宏远汽修厂', '澄源好运来酒店'] },
    extra: { employerName: '{company}' },
    reply:
      '{unit}于{day}联系双方调查核实。经调解，{company}同意依据《中华人民共和国劳动合同法》向当事人支付经济补偿金和未签订书面劳动合同的二倍工资差额，双方签订了调解协议，款项已支付。已告知当事人如有其他争议可申请劳动仲裁。',
  },
  {
    id: 'rural-pension',
    category: ['劳动和社会保障', '城镇居民社会保险', '城乡居民养老保险'],
    where: 'village',
    title: '咨询城乡居民养老保险待遇领取',
    bodies: [
      '我母亲今年刚满60周岁，在{place}交了15年城乡居民养老保险，不知道什么时候开始领钱、要带什么材料去哪里办，村里说不清楚，请帮忙解答。',
    ],
    reply:
      '{unit}工作人员于{day}电话联系来电人进行了答复：参保人年满60周岁、累计缴费满15年即可按月领取待遇，可携带身份证和社保卡到{town}便民服务中心或通过手机APP办理领取手续，次月起发放。已将来电人母亲的待遇核定材料预审，来电人表示清楚。',
    leadKey: 'HRSS',
  },
  {
    id: 'unpaid-insurance',
    category: ['劳动和社会保障', '城镇职工社会保险', '职工养老保险'],
    where: 'any',
    title: '{company}不给员工缴纳社保',
    bodies: [
      '我在{company}上班两年多了，入职时说好交五险，最近查社保才发现公司一直没给我交养老保险，工资条上却扣了钱，请有关部门查处。',
    ],
    vars: { company: ['澄川顺达物流有限公司', '锦河瑞丰装饰工程有限公司', '白岭恒通机械厂'] },
    reply:
      '{unit}于{day}对{company}进行检查，查实该公司未依法为{n:5-12}名职工缴纳社会保险费。依据《中华人民共和国社会保险法》，已责令其限期补缴，企业已为来电人在内的职工补缴了欠缴的养老保险费，来电人可通过社保APP查询缴费记录。',
  },
  {
    id: 'pension-stopped',
    category: ['劳动和社会保障', '退休政策及待遇', '退休金发放'],
    where: 'any',
    title: '退休金连续两个月未到账',
    bodies: [
      '我是{place}的退休职工，今年{n:72-80}岁，这两个月的退休金没到账，打电话问说是没做资格认证，我不会用手机认证，腿脚也不方便，能不能上门帮忙办理。',
    ],
    reply:
      '{unit}于{day}联系{town}社保所工作人员上门为老人完成了待遇领取资格认证，恢复发放暂停的退休金，两个月的待遇已补发到账。同时告知老人今后可由社区（村）工作人员每年上门协助认证。',
  },
  {
    id: 'job-training',
    category: ['劳动和社会保障', '就业培训', '职业培训'],
    where: 'village',
    title: '咨询免费技能培训报名',
    bodies: [
      '我是{place}的村民，今年{n:35-48}岁，想学个手艺出去打工，听说政府有免费的电工、焊工培训，还有补贴，请问在哪里报名、什么时候开班。',
    ],
    reply:
      '{unit}于{day}电话答复：区职业技能培训中心每月开设电工、焊工、育婴员等培训班，农村劳动力可免费参加，取得职业技能等级证书后可按规定申领培训补贴。已将来电人登记到下一期电工培训班，开班前将电话通知。',
  },
  {
    id: 'price-fraud',
    category: ['商贸旅游', '市场监管', '物价监督'],
    where: 'any',
    title: '{shop}标价与结算价不一致',
    bodies: [
      '{date}我在{shop}买东西，货架上鸡蛋标的特价4.98元一斤，结账时却按6.5元收的，找收银员说是标签没换，感觉是故意的，请市场监管部门查一查。',
    ],
    vars: { shop: supermarkets },
    extra: { merchantName: '{shop}' },
    reply:
      '{unit}执法人员于{day}到{shop}现场检查，发现该超市存在{n:3-6}种商品价签未及时更换、标价与结算价不一致的问题。依据《中华人民共和国价格法》和《明码标价和禁止价格欺诈规定》，已责令其立即整改并立案调查。超市已向来电人退还多收的差价，并承诺每日开店前核对价签。',
  },
  {
    id: 'faulty-phone',
    category: ['商贸旅游', '市场监管', '商品质量'],
    where: 'any',
    title: '在{shop}买的手机出质量问题不给退换',
    bodies: [
      '我{date}在{shop}花{n:1200-2500}元买了一部手机，用了不到一周就黑屏开不了机，商家说是人为损坏，不给退换，请帮忙处理。',
    ],
    vars: { shop: ['锦河数码城', '西关大街手机店', '澄源百货商场'] },
    extra: { merchantName: '{shop}' },
    reply:
      '{unit}于{day}组织双方调解。经检测，手机故障属性能故障，非人为损坏。依据《中华人民共和国消费者权益保护法》和“三包”规定，商家同意为消费者退货并退还全部货款，消费者已收到退款。',
  },
  {
    id: 'scenic-parking',
    category: ['商贸旅游', '旅游管理', '景区管理'],
    where: 'any',
    title: '桃花谷景区停车场乱收费',
    bodies: [
      '上周末带家人去{town}的桃花谷景区，景区门口停车场收了{n:30-50}元停车费，没有任何收费公示，也不给发票，请问这个收费合理吗。',
    ],
    reply:
      '{unit}于{day}会同市场监管部门对桃花谷景区停车场进行检查，该停车场未公示收费标准、未按规定出具票据。已责令景区立即公示经价格主管部门核定的收费标准（小型车每次10元），并退还来电人多收的停车费。景区停车收费已纳入节假日重点检查。',
  },
  {
    id: 'restaurant-hygiene',
    category: ['卫生计生', '食品药品监管', '食品安全'],
    where: 'any',
    title: '{place}{shop}后厨卫生差',
    bodies: [
      '{date}中午在{place}{spot}的{shop}吃饭，菜里吃出了苍蝇，后来从后门看到厨房又脏又乱，生肉熟菜混放，服务员也没戴帽子，请食药监部门检查一下。',
      '昨天晚上一家四口在{place}的{shop}吃饭，回家后有三个人上吐下泻，去医院诊断为急性肠胃炎，怀疑饭菜不干净，请相关部门调查。',
    ],
    vars: { shop: restaurants },
    extra: { merchantName: '{shop}' },
    notes: ['执法人员已对该店食品留样进行抽检。'],
    reply:
      '{unit}执法人员于{day}对{shop}进行突击检查，发现该店后厨存在生熟不分、防蝇设施缺失、从业人员未佩戴工作帽等问题。依据《中华人民共和国食品安全法》，已责令其停业整改并立案调查，对食品留样进行了抽检。经复查，该店已完成整改，更换了防蝇设施和冷藏设备，从业人员已重新体检和培训。',
    channels: ['inspection'],
    staffBody: '日常检查发现{place}{spot}{shop}后厨生熟混放、防蝇设施缺失，从业人员健康证过期，需立案查处。',
  },
  {
    id: 'illegal-clinic',
    category: ['卫生计生', '医政监管', '非法行医'],
    where: 'village',
    title: '{place}有人无证行医',
    bodies: [
      '{place}{spot}有个私人诊所没有挂牌，一个老头给人打针输液，据说没有行医资格，村里好多老人都去那里看病，出了事怎么办，请卫生部门查一查。',
    ],
    reply:
      '{unit}卫生监督员于{day}对该处进行检查，当事人未取得《医疗机构执业许可证》擅自开展诊疗活动。依据《中华人民共和国基本医疗卫生与健康促进法》，已没收其药品和器械并依法立案处罚。已协调{town}卫生院加强{place}卫生室建设，方便群众就近看病。',
  },
  {
    id: 'mri-wait',
    category: ['卫生计生', '医患纠纷', '患者权益'],
    where: 'any',
    title: '区人民医院检查预约时间太长',
    bodies: [
      '我带孩子去区人民医院做核磁共振，预约排到了{n:10-20}天以后，孩子病情等不了，别的医院又要重新挂号检查，希望医院能增加检查时段。',
    ],
    reply:
      '{unit}于{day}约谈区人民医院，医院已将核磁共振检查时间延长至每晚10点，周末正常开放，并对急症患儿开辟绿色通道。来电人孩子已于次日完成检查。',
  },
  {
    id: 'school-van',
    category: ['教育文体', '教育行政管理', '校园安全'],
    where: 'village',
    title: '{place}接送学生的面包车超载',
    bodies: [
      '{town}{place}每天接送孩子上学的车是一辆七座面包车，每次都挤了十几个孩子，车况也很差，孩子们的安全没有保障，请教育部门查一查是不是正规校车。',
    ],
    notes: ['已会同交警部门掌握该车辆运行时间和路线。'],
    reply:
      '{unit}会同交警部门和{town}于{day}联合检查，该车辆未取得校车使用许可，属非法接送学生车辆。依据《校车安全管理条例》，交警部门已依法处罚并暂扣车辆。区教育局已协调{town}中心小学开通规范校车线路，覆盖{place}，并配备专职照管员随车。',
  },
  {
    id: 'school-fees',
    category: ['教育文体', '教育收费', '乱收费'],
    where: 'any',
    title: '{town}中学违规收取资料费',
    bodies: [
      '{town}中学开学让每个学生交{n:150-300}元资料费，说是自愿但不交的不发书，也不给收据，请教育局核实是否合规。',
    ],
    reply:
      '{unit}于{day}到{town}中学调查核实，该校存在统一代购教辅资料并收费的行为，违反义务教育阶段不得违规代收费的规定。已责令学校立即停止收费并全额退还已收取的资料费，对学校负责人进行了约谈，并在全区开展教育收费专项检查。',
  },
  {
    id: 'training-refund',
    category: ['教育文体', '教育行政管理', '校外机构管理'],
    where: 'community',
    title: '{org}培训机构关门不退费',
    bodies: [
      '我给孩子在{place}附近的{org}报了{n:48-96}节课，交了{n:8000-15000}元，才上了不到十节课机构就关门了，老板联系不上，很多家长都一样，请相关部门帮忙追回学费。',
    ],
    vars: { org: ['启明星教育', '学优堂', '小天才艺术培训'] },
    notes: ['已会同市场监管、公安部门对机构负责人进行约谈。'],
    reply:
      '{unit}会同市场监管、公安部门于{day}对{org}进行调查并约谈负责人。经协调，机构同意通过资金监管账户退还剩余课时费，首批{n:30-60}名家长已收到退款，来电人已收到退费。已将该机构列入异常名录。',
  },
  {
    id: 'fitness-equipment',
    category: ['教育文体', '体育', '体育事业'],
    where: 'any',
    title: '{place}健身器材损坏',
    bodies: [
      '{place}{spot}的健身器材有好几件坏了，漫步机踏板掉了，单杠也松了，老人孩子经常在这里玩，很容易受伤，请尽快维修。',
    ],
    staffBody: '巡查发现{place}{spot}健身路径器材损坏{n:3-5}件，存在安全隐患，已张贴暂停使用提示。',
    reply:
      '{unit}于{day}安排器材维保单位对{place}健身路径进行检修，更换损坏的漫步机踏板{n:2-4}块、加固单杠等器材{n:3-5}件，对无法修复的1件器材进行了拆除，并张贴了安全使用须知。',
    channels: ['patrol'],
    tier: 'either',
  },
  {
    id: 'reading-room',
    category: ['教育文体', '文化', '公共文化'],
    where: 'village',
    title: '{place}农家书屋常年锁门',
    bodies: ['{place}村委会的农家书屋平时总是锁着门，想去看书借书都找不到人开门，希望能固定开放时间。'],
    reply:
      '{unit}于{day}督促{town}文化站和{place}村委会整改，农家书屋已确定每周二、四、六下午和周日全天开放，由村文化管理员值守，开放时间已在村务公开栏公示，并补充新书{n:100-300}册。',
  },
  {
    id: 'school-zone',
    category: ['教育文体', '教育体制', '教育资源配置'],
    where: 'any',
    title: '{place}孩子入学划片学校太远',
    bodies: [
      '我们{place}的孩子今年上一年级，被划到了{n:5-8}公里外的学校，旁边一公里就有一所小学，每天接送很困难，希望教育局重新考虑划片。',
    ],
    reply:
      '{unit}于{day}答复：今年学区划分根据学位容量和适龄儿童数量统筹确定，就近学校学位已满。为方便学生上学，教育局已协调开通该片区至学校的定制校车，每日早晚各一班，来电人孩子可免费乘坐。',
  },
  {
    id: 'land-transfer',
    category: ['农村农业', '土地承包经营', '土地流转'],
    where: 'village',
    title: '{coop}拖欠土地流转费',
    bodies: [
      '我们{place}有{hh}户把地流转给了{coop}，合同约定每年12月底前付流转费，今年已经拖了快半年了，每户几千块钱，找合作社负责人一直推脱，请镇政府帮忙协调。',
    ],
    vars: { coop: ['丰收农业专业合作社', '绿源种植专业合作社', '金穗家庭农场'], hh: ['23', '31', '38', '42'] },
    notes: ['镇农经站已调取流转合同，正在核对应付金额。'],
    reply:
      '{unit}于{day}组织{coop}负责人与村民代表协商，{town}农经站现场核对了流转合同和应付金额。合作社已通过村集体账户分两次付清拖欠的土地流转费，涉及{hh}户。镇农经站将对流转合同履约情况开展季度检查。',
  },
  {
    id: 'homestead',
    category: ['农村农业', '土地承包经营', '宅基地纠纷'],
    where: 'village',
    title: '{place}邻居盖房占用宅基地',
    bodies: [
      '我家在{place}{spot}，和邻居家的宅基地挨着，他家翻盖新房时把墙往我家这边挪了将近一米，我找他理论不听，还差点动手，请村里和镇里帮忙调解。',
    ],
    reply:
      '{unit}于{day}组织村调解委员会和双方当事人到现场，对照宅基地使用证和原始界址进行测量，确认新建围墙越界约0.8米。经调解，邻居同意拆除越界部分围墙并按原界址重建，双方签订了调解协议。',
    tier: 'minor',
  },
  {
    id: 'village-accounts',
    category: ['农村农业', '村务管理', '集体财务公开'],
    where: 'village',
    title: '{place}村务财务不公开',
    bodies: [
      '{place}的村务公开栏已经一年多没更新了，村集体土地出租的钱、修路的钱花到哪里了村民都不知道，问村干部也不说，请镇里查一查。',
    ],
    reply:
      '{town}纪委和农经站于{day}对{place}近两年集体财务进行了审核，未发现违规使用资金问题，但存在村务公开不及时的问题。已责令{place}村委会补充公开近两年集体收支明细，今后按季度公开，并召开村民代表会议逐项说明。',
    channels: ['letter'],
  },
  {
    id: 'farm-subsidy',
    category: ['农村农业', '惠农补贴', '粮食直补'],
    where: 'village',
    title: '{place}耕地地力保护补贴未到账',
    bodies: [
      '我家在{place}种了{n:8-15}亩地，别人家的耕地地力保护补贴都到账了，就我家没有，问村里说不清楚，请帮忙查一下。',
    ],
    reply:
      '{unit}于{day}核查，来电人家庭补贴因惠农一卡通账户信息变更未及时登记导致发放失败。{town}财政所已更正账户信息，补发补贴{n:800-1500}元，已到账。',
  },
  {
    id: 'irrigation',
    category: ['农村农业', '水利水电', '工程建设管理'],
    where: 'village',
    title: '{place}灌溉水渠损坏无法浇地',
    bodies: ['{place}{spot}的灌溉水渠有一百多米塌了，水过不来，{mu}多亩麦地浇不上水，请水务部门尽快修复。'],
    vars: { mu: ['120', '180', '260'] },
    notes: ['已现场测量损毁渠段，编制维修方案。'],
    reply:
      '{unit}于{day}组织施工队对{place}{spot}损毁渠段进行修复，完成渠道衬砌约{n:100-160}米，已恢复通水，保障了{mu}多亩农田灌溉。该渠段已列入明年小型农田水利维修计划。',
  },
  {
    id: 'dead-pigs',
    category: ['农村农业', '动物防疫', '疫情防控'],
    where: 'village',
    title: '{place}河沟有人乱扔病死猪',
    bodies: ['{place}{spot}的河沟里这几天扔了好几头死猪，已经发臭了，担心有疫病，也污染水源，请赶紧处理。'],
    staffBody: '巡查发现{place}{spot}河沟内有病死猪{n:3-6}头，已腐烂发臭，需无害化处理并追查来源。',
    reply:
      '{unit}于{day}会同{town}畜牧兽医站对病死猪进行了无害化处理，共收集处理死猪{n:3-7}头，并对周边进行了消毒。经采样检测，未检出非洲猪瘟等重大动物疫病。经排查系附近养殖户丢弃，已依据《中华人民共和国动物防疫法》对其立案处罚。',
    channels: ['patrol'],
  },
  {
    id: 'hill-fire',
    category: ['农村农业', '林业管理', '森林防火'],
    where: 'village',
    title: '{place}后山有人烧荒',
    bodies: ['{place}后山有人烧地边的杂草，风一刮火苗就往山上窜，附近都是松树林，很危险，请马上派人处理。'],
    reply:
      '接件后，{town}护林防火队{n:20-40}分钟内赶到现场将火扑灭，过火面积约{n:1-3}亩，未造成林木损失。经查为村民烧荒引起，已对当事人批评教育并依法处罚，{place}已加强护林员巡山和野外用火管控。',
    urgent: true,
  },
  {
    id: 'dibao',
    category: ['民政', '社会救助', '农村低保'],
    where: 'village',
    title: '咨询困难家庭低保申请',
    bodies: [
      '我是{place}村民，丈夫去年因病去世，自己身体也不好，两个孩子还在上学，家里没有收入，想申请低保，请问需要什么条件和材料。',
    ],
    reply:
      '{town}社会事务办工作人员于{day}入户了解情况，指导来电人提交了低保申请材料。经入户核查和民主评议，来电人家庭符合农村低保条件，已于本月纳入低保，两个孩子同时纳入教育救助。',
  },
  {
    id: 'elderly-allowance',
    category: ['民政', '福利慈善', '福利事业'],
    where: 'any',
    title: '老人高龄补贴停发',
    bodies: ['我父亲今年{n:82-89}岁，住在{place}，高龄补贴从几个月前就停发了，不知道是什么原因，请帮忙查一下。'],
    reply:
      '{unit}于{day}核查，老人高龄补贴因年度资格核验未完成被暂停发放。社区（村）工作人员已上门完成核验，暂停期间的补贴已补发到账，今后每年的资格核验由工作人员上门办理。',
  },
  {
    id: 'school-gate',
    category: ['政法', '交通管理', '交通安全管理'],
    where: 'any',
    title: '{town}中心小学门口上下学时段交通拥堵',
    bodies: [
      '{town}中心小学放学时校门口没有人维持秩序，接孩子的电动车、三轮车、小汽车把路堵死，孩子们在车流里穿行，非常危险，请交警来管一管。',
    ],
    reply:
      '{unit}交警中队于{day}起在上下学时段安排警力在校门口定点执勤，会同学校设置护学岗，施划临时停车位{n:20-40}个，并对违停车辆进行劝离和处罚。目前校门口通行秩序明显好转。',
  },
  {
    id: 'truck-parking',
    category: ['政法', '交通管理', '交通安全管理'],
    where: 'any',
    title: '{place}{spot}大货车长期违停',
    bodies: [
      '{place}{spot}路边长期停着几辆大货车，有的一停就是好几天，把路口视线都挡住了，前几天差点撞到人，请交警来处理。',
    ],
    staffBody: '扫街发现{place}{spot}路边有{n:3-6}辆重型货车长期停放，遮挡路口视线。',
    reply:
      '{unit}交警中队于{day}到现场，对违停的{n:3-6}辆大货车依法处罚并责令驶离，已在该路段设置禁停标志，纳入日常巡逻重点。',
    channels: ['street_sweep'],
  },
  {
    id: 'ebike-charging',
    category: ['政法', '社会治安', '消防安全'],
    where: 'community',
    title: '{place}{spot}楼道飞线给电动车充电',
    bodies: [
      '{place}{spot}有住户从窗户拉电线到楼下给电动车充电，楼道里也停满了电动车，堵住了安全通道，万一着火后果不堪设想。',
    ],
    staffBody: '巡查发现{place}{spot}有飞线充电{n:2-5}处，楼道停放电动车{n:6-12}辆，堵塞疏散通道。',
    reply:
      '{unit}于{day}联合物业、消防站对{place}{spot}开展检查，清理楼道停放的电动车{n:10-25}辆，拆除飞线{n:3-8}处，并对相关住户进行了消防安全教育。物业已在小区增设电动车集中充电桩{n:20-40}个。',
    channels: ['patrol', 'street_sweep'],
    tier: 'either',
  },
  {
    id: 'leaking-ceiling',
    category: ['政法', '仲裁与调解', '司法调解'],
    where: 'community',
    title: '{place}楼上漏水邻里纠纷',
    bodies: [
      '我家在{place}{spot}，楼上住户卫生间漏水，我家天花板都泡坏了，找他们协商修理，对方一直不配合，请社区帮忙调解。',
    ],
    reply:
      '{unit}于{day}组织双方当事人及物业人员现场查看并调解，确认漏水原因为楼上卫生间防水层破损。经调解，楼上住户同意重做防水并赔偿来电人天花板维修费用{n:1500-3000}元，双方签订了人民调解协议书，已履行完毕。',
    tier: 'minor',
  },
  {
    id: 'lost-parcel',
    category: ['交通运输', '邮政管理', '快递市场管理'],
    where: 'any',
    title: '快递包裹丢失快递公司推诿',
    bodies: [
      '我{date}在网上买了一箱东西，物流显示已经签收，但我根本没收到，快递员说放在{place}的驿站了，驿站说没有，两边推来推去，请管一管。',
    ],
    reply:
      '{unit}于{day}约谈相关快递企业负责人。经查，快递员未经收件人同意将包裹放至驿站且未登记，造成丢件。依据《快递暂行条例》，快递企业已按物品价值向来电人全额赔偿，并对快递员进行了处理。',
  },
  {
    id: 'ride-hailing',
    category: ['交通运输', '出租车管理', '网约车问题'],
    where: 'any',
    title: '网约车司机绕路多收费',
    bodies: [
      '{date}晚上我从火车站打网约车回{place}，平时二十多块的路程，司机绕了一大圈收了{n:50-70}元，跟司机理论还被骂，请查处。',
    ],
    reply:
      '{unit}于{day}调取该订单行程轨迹，确认司机存在绕路行为。已责令网约车平台向乘客退还多收的车费，并对驾驶员作出停止派单7天、重新参加培训的处理。',
  },
  {
    id: 'coach-stopped',
    category: ['交通运输', '客货运输', '旅客运输'],
    where: 'village',
    title: '{town}到城区的客运班车停运',
    bodies: [
      '{town}到城区的客运班车已经停了半个多月了，也没有任何通知，{place}的人进城只能坐黑车，又贵又不安全，请恢复班车。',
    ],
    reply:
      '{unit}于{day}核查，该客运班线因车辆年检停运。已督促客运公司调配车辆，班线已恢复运营，每日往返{n:6-8}班；停运期间未告知乘客的问题已对客运公司进行约谈。',
  },
  {
    id: 'scaffolding',
    category: ['城乡建设', '安全生产', '安全隐患'],
    where: 'any',
    title: '{place}{spot}工地脚手架存在安全隐患',
    bodies: [
      '{place}{spot}正在盖楼的工地，外墙脚手架没有挂安全网，工人高空作业也不系安全带，还经常往下掉砖头，旁边就是人行道，太危险了。',
    ],
    staffBody: '检查发现{place}{spot}在建工地外脚手架未满挂安全网，临街一侧未设防护棚，存在高处坠物隐患。',
    reply:
      '{unit}安全监督人员于{day}到工地检查，发现脚手架安全网缺失、高处作业人员未系安全带等隐患。依据《建设工程安全生产管理条例》，已下达停工整改通知，施工单位已补挂安全网、设置人行通道防护棚，并对作业人员进行了安全教育，经复查合格后复工。',
    channels: ['inspection'],
  },
  {
    id: 'gas-cylinders',
    category: ['经济管理', '安全生产', '安全隐患'],
    where: 'any',
    title: '{place}{factory}违规存放液化气罐',
    bodies: [
      '{place}{spot}的{factory}车间里堆放了十几个液化气罐，旁边就是电焊作业区，也没有消防器材，一旦出事周边住户都有危险。',
    ],
    staffBody: '入企走访发现{factory}液化气瓶与动火作业区未隔离，消防器材配备不足，存在重大安全隐患。',
    vars: { factory: ['恒泰石材厂', '宏发机械加工厂', '鑫盛洗涤厂'] },
    reply:
      '{unit}执法人员于{day}对{factory}进行检查，发现液化气瓶存放不规范、动火作业区未与存储区隔离、消防器材配备不足等隐患{n:3-5}项。依据《中华人民共和国安全生产法》，已责令立即整改并处罚款。企业已将气瓶移至专用储存间，配齐灭火器材，经复查隐患已整改完毕。',
    channels: ['enterprise_visit', 'inspection'],
  },
  {
    id: 'project-arrears',
    category: ['城乡建设', '建筑市场', '拖欠工程款'],
    where: 'any',
    title: '{project}拖欠分包工程款',
    bodies: [
      '我是做钢筋分包的，{project}去年完工，总包单位还欠我们工程款{n:30-80}万元，一直拖着不给，手下{n:15-30}个工人的工资也发不出来，请政府帮忙协调。',
    ],
    vars: { project: ['城西安置房项目', '锦河小学改扩建项目', '杏坪镇敬老院项目'] },
    extra: { projectName: '{project}' },
    notes: ['已调取项目结算资料，约定三方协调时间。'],
    reply:
      '{unit}于{day}召集建设单位、总包单位和分包方进行协调，经核对结算资料，总包单位承认欠款事实，已先行支付工人工资部分，剩余工程款签订了分期支付协议，首期款项已到账。将持续跟踪协议履行情况。',
    channels: ['enterprise_visit', 'letter'],
    staffBody: '入企走访中分包企业反映{project}总包单位拖欠工程款，涉及农民工{n:15-30}人工资，请协调。',
  },
  {
    id: 'land-compensation',
    category: ['国土资源', '土地征收', '安置补偿'],
    where: 'village',
    title: '{place}征地补偿款未落实到位',
    bodies: [
      '我们是{place}的村民，2021年村里一百多亩地被征用修物流园，说好的安置补偿和社保到现在还有一部分没兑现，涉及四十多户，多次找镇里都没结果，请区里帮忙解决。',
    ],
    notes: ['专班已会同区自然资源局、区人社局逐户核对征地补偿台账。'],
    reply:
      '区信访积案化解专班于{day}牵头召开协调会，会同区自然资源局、区人社局和{town}逐户核对征地补偿台账。经核实，尚有部分安置补助费和被征地农民社会保障资金未拨付到位。专班协调区财政筹措资金拨付到{town}，补偿款已发放到户，符合条件的被征地农民已纳入社会保障，村民代表签字确认。',
    channels: ['leader_reception', 'letter'],
    tier: 'major',
  },
  {
    id: 'resettlement-housing',
    category: ['城乡建设', '集体土地上房屋拆迁与补偿', '回迁房'],
    where: 'village',
    title: '{place}拆迁回迁房逾期未交付',
    bodies: [
      '{place}2020年整村拆迁，承诺三年内交付回迁房，现在已经过期一年多了，工地停工大半年，我们还在外面租房住，过渡费也停发了，请政府给个说法。',
    ],
    notes: ['专班已到回迁房项目现场办公，要求建设单位报送复工计划。'],
    reply:
      '区信访积案化解专班于{day}召集{town}、区住建局和建设单位现场办公，明确回迁房项目复工计划和交付时间节点，建设单位已复工。经协调，拖欠的过渡安置费已补发到户，逾期期间按原标准继续发放直至交付。专班将每月向村民通报工程进度。',
    channels: ['leader_reception', 'letter', 'supervision'],
    staffBody: '督查交办：{place}回迁房项目逾期一年多未交付，过渡安置费停发，群众反映强烈，请专班牵头限期化解。',
    tier: 'major',
  },
];

/** Cases a dispatcher declines (不予受理), with the reason given. */
export interface DeclineText {
  category: readonly [string, string, string];
  title: string;
  body: string;
  reason: string;
}

export const declineTexts: readonly DeclineText[] = [
  {
    category: ['政法', '诉讼', '民事诉讼'],
    title: '借款不还要求政府帮忙追讨',
    body: '我前年借给同村一个人三万块钱，有借条，说好一年还，到现在一分没还，人也躲着不见，请政府帮我把钱要回来。',
    reason:
      '经核实，来电反映的是个人之间的借贷纠纷，属民事法律关系，不属于行政机关职责范围。已告知来电人可申请人民调解或向人民法院提起诉讼，并提供了{town}司法所法律援助电话。',
  },
  {
    category: ['政法', '诉讼', '民事诉讼'],
    title: '对法院判决不服要求政府撤销',
    body: '我和前单位的劳动争议官司，法院判我输了，判得不公平，请政府出面让法院把判决撤销，重新审理。',
    reason:
      '该诉求已经人民法院依法判决，属于司法程序处理事项，行政机关无权改变。已告知来电人可依法申请再审或向检察机关申请监督。',
  },
  {
    category: ['政法', '社会治安', '治安案件'],
    title: '业主群有人骂我要求处理',
    body: '小区业主微信群里有个人天天在群里阴阳怪气说我，还骂了我好几次，请政府把他踢出群并让他公开道歉。',
    reason:
      '属于个人之间的网络言语纠纷，不属于政府职能范围。已建议来电人保留聊天记录等证据，如涉及侮辱、诽谤可向公安机关报案，或通过社区人民调解委员会调解。',
  },
  {
    category: ['城乡建设', '其他', '其他'],
    title: '诉求内容不明确',
    body: '那个事情到现在还没弄好，你们自己看着办吧，再不弄我就一直打电话。',
    reason:
      '诉求内容不明确，未提供具体地点和事项，话务员三次回拨均无人接听，无法核实，暂不予受理。来电人补充具体情况后可重新提交。',
  },
  {
    category: ['劳动和社会保障', '就业培训', '就业和再就业'],
    title: '要求政府安排事业编制工作',
    body: '我大学毕业两年了还没找到合适的工作，要求政府给我安排一个事业编制的工作，最好在区里上班。',
    reason:
      '诉求缺乏政策依据。事业单位工作人员须通过公开招聘考试录用，已向来电人介绍了公开招聘、公益性岗位等就业渠道，并告知可到{town}便民服务中心进行求职登记。',
  },
  {
    category: ['交通运输', '其他', '其他'],
    title: '咨询明日限行尾号',
    body: '我想问一下明天城区限不限行，限行的话是几号尾号，外地车能不能进城。',
    reason: '咨询类诉求，话务员已依据区交通管理公告当场答复（工作日按尾号限行，外地车辆同等执行），无需派单办理。',
  },
];

/** Fictional reporters' names: surnames (common first) and given-name characters. */
export const surnames =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭';
export const givenChars =
  '秀英桂兰玉凤建国华明丽娟军平红伟芳海燕志强文静磊洋艳勇杰涛霞鹏飞云峰晓春梅林斌刚辉慧宇浩婷雪琳欣佳新民德福宏亮成永胜荣金凯晨阳忠月振兴卫东淑珍';

export const dispatchNotes = [
  '请按时限联系来电人，核实处理并反馈。',
  '群众反映较急，请尽快到现场核实处置。',
  '请牵头单位会同配合单位现场处置，及时答复来电人。',
  '请核实情况，依法依规处理，做好解释工作。',
];
export const genericNotes = [
  '已电话联系来电人，了解具体情况，约定上门时间。',
  '工作人员已到现场核实，反映情况属实。',
  '正在协调相关单位制定处置方案。',
  '已与来电人沟通办理进度，来电人表示理解。',
];
export const contactNote = '已与来电人取得联系，告知正在办理。';
export const approveNotes = ['办理结果答复完整，同意办结。', '已电话核实，处理情况属实，同意办结。'];
export const satisfiedComments = [
  '来电人表示问题已解决，对办理结果满意。',
  '回访来电人，表示工作人员很负责，处理及时，非常满意。',
  '来电人确认已处理完毕，表示满意。',
];
export const basicComments = [
  '来电人表示问题基本解决，希望后续加强日常管理，防止反弹。',
  '来电人认可处理结果，但认为处理时间偏长。',
  '来电人表示基本满意，现场还有少量收尾工作。',
];
export const unsatisfiedComments = [
  '来电人表示问题没有实际解决，现场情况依旧，要求重新办理。',
  '来电人认为答复内容与实际不符，工作人员没有到现场，不满意。',
];
export const finalUnsatisfiedComment = '来电人坚持要求额外赔偿，超出政策规定范围，已做好解释工作，来电人仍表示不满意。';
/** Follow-up of cases nobody reported (found by staff): who checked the result, by channel. */
export const staffFollowUpComments: Readonly<Record<string, string>> = {
  patrol: '网格员现场复核，问题已整改到位，周边群众认可。',
  street_sweep: '扫街复查，问题已整改到位，周边商户和群众认可。',
  inspection: '执法人员复查，隐患已整改到位。',
  supervision: '督查室复核，问题已化解到位，相关群众表示认可。',
};
/** Ratings a citizen with an account gives in their own words. */
export const ownSatisfiedComments = ['问题已经解决了，工作人员很负责，谢谢！', '处理得很及时，满意。'];
export const ownBasicComments = ['基本解决了，希望以后多来看看，别再反复。'];
export const enterpriseComment = '回访企业负责人，对处理结果表示认可。';
export const redoResult =
  '{unit}于{day}针对回访意见再次到现场复核，对来电人提出的问题逐项进行了整改，并当面向来电人说明了处理情况和政策依据。';
export const sendBackAddendum = '补充说明：已按审核意见于{day}再次到现场复核并补充了现场照片和处理依据，整改到位。';
export const anonymousCloseReason = '匿名诉求，无法回访，按办理结果归档。';
export const unreachableCloseReason = '三次回访来电人均未接通，按办理结果归档。';
export const extensionReasons = [
  '需协调相关部门和当事人进一步核实处理，无法在原时限内办结，申请延期。',
  '涉及多方协调和资金落实，需履行相关程序，申请延期。',
  '需等待相关检测、核查结果后依法处理，申请延期。',
];
export const approveExtensionNote = '同意延期，请在延期期限内办结并及时答复来电人。';
export const denyExtensionReason = '群众反映强烈，该问题不属于复杂疑难问题，不同意延期，请按原时限办结。';
export const sendBackReasons = [
  '答复内容过于笼统，未说明现场核实情况和处理依据，请补充完善后重新办结。',
  '经电话核实，来电人反映问题仍未处理到位，请重新办理。',
];
export const sendBackNote = '已按审核意见再次到现场核实，补充处理情况。';
export const supervisorReopenReason = '督查室抽查回访发现该问题出现反弹，群众再次反映，请重新办理并彻底解决。';
export const reopenedNote = '已重新安排人员到现场，制定整改方案。';
export const supervisorUrgeNote = '该件已超期，督查室请承办单位本周内办结，并书面说明超期原因。';
export const unsatisfiedRedoNote = '已再次到现场核实，针对来电人意见补充整改。';
