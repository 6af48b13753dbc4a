/**
 * Default routing for the shipped complaint taxonomy (default-categories.tsv): who leads a case
 * of each level-2 category. A dispatcher at the 12345 hotline centre can always send a case
 * elsewhere; this table only suggests the first owner.
 *
 * How the rules were chosen:
 * - 'territory' (属地管理): the township or subdistrict (镇/街道) where the problem is leads.
 *   Used where the work is on the spot and needs the grid, village or community (小区、村务、
 *   低保审核、土地承包纠纷调解…), with the district department that regulates the trade as a
 *   supporting unit.
 * - 'department': a district department leads. Used where the case needs powers or expertise
 *   that only the department has (environmental, market, labour or traffic enforcement, schools,
 *   hospitals, planning, licences, social insurance…).
 * - Every level-2 '其他' uses the same rule as its level-1 fallback.
 * - The demo district has no 司法局, 退役军人事务局, 纪委监委 as a department, 组织部/宣传部/统战部,
 *   科技/工信 局, courts or vertically managed bureaux (税务、金融监管、邮政、通信、气象). Where
 *   no department fits, the rule is 'territory' without a department, so that an accountable
 *   local government receives the case and the dispatcher re-routes it if needed. These rows
 *   are marked 'no department' below.
 * - Routing is per level 2; level-3 categories inherit. Some level-3 items sit awkwardly under
 *   their parent's rule (e.g. 城市建设和市政管理/公共汽车 → TRANSPORT, 小区管理 → HOUSING,
 *   城乡规划/违章建筑 → 属地拆违); the dispatcher re-routes those.
 *
 * Keys are "level1/level2" because level-2 names repeat under different level-1 names
 * ('其他' under every level 1, '安全生产' under both 城乡建设 and 经济管理).
 */

export interface RoutingRule {
  /**
   * 'territory': the township/subdistrict (镇/街道) where the problem is leads (属地管理), with
   * the department as a supporting unit if given; 'department': a district department leads.
   */
  lead: 'territory' | 'department';
  /** Department key (e.g. 'WATER') that leads or supports; optional for territory. */
  department?: string;
}

/** The key of a level-2 category in the routing and limit tables. */
export function routingKey(level1: string, level2: string): string {
  return `${level1}/${level2}`;
}

const dept = (department: string): RoutingRule => ({ lead: 'department', department });
const territory = (department?: string): RoutingRule =>
  department === undefined ? { lead: 'territory' } : { lead: 'territory', department };

/** Rule for a level-1 category, used for any level-2 name not in `defaultRouting`. */
export const level1Fallback: Record<string, RoutingRule> = {
  城乡建设: territory('HOUSING'),
  党务政务: territory(), // no department: party, united-front and people's-congress bodies
  国土资源: dept('NATRES'),
  环境保护: dept('ECO'),
  纪检监察: territory(), // no department: see the 纪检监察 rows below
  交通运输: dept('TRANSPORT'),
  经济管理: dept('DEVREFORM'),
  科技与信息产业: dept('DEVREFORM'), // doubtful: no 科技/工信 局; 发改 often carries 工信 at district level
  民政: dept('CIVIL'),
  农村农业: territory('AGRI'),
  商贸旅游: dept('COMMERCE'),
  卫生计生: dept('HEALTH'),
  政法: territory('POLICE'),
  教育文体: dept('EDU'),
  劳动和社会保障: dept('HRSS'),
};

/** Rule for every level-2 category of the shipped taxonomy, keyed "level1/level2". */
export const defaultRouting: Record<string, RoutingRule> = {
  // 城乡建设
  '城乡建设/安全生产': dept('HOUSING'), // construction-site safety is supervised by 住建; doubtful: EMERGENCY also fits
  '城乡建设/城市建设和市政管理': territory('URBAN'), // 城管执法、环卫、绿化、市政设施: 街镇 with 城管
  '城乡建设/城乡规划': dept('NATRES'), // 规划 sits in 自然资源(和规划)局; doubtful: 违章建筑 is torn down by the 街镇
  '城乡建设/村镇建设': territory('HOUSING'),
  '城乡建设/工程质量': dept('HOUSING'),
  '城乡建设/国有土地上房屋征收与补偿': dept('HOUSING'), // 房屋征收部门 (国有土地上房屋征收与补偿条例)
  '城乡建设/集体土地上房屋拆迁与补偿': territory('NATRES'), // 街镇 carry out relocation; 自然资源 approves land taking
  '城乡建设/建筑市场': dept('HOUSING'),
  '城乡建设/其他': territory('HOUSING'),
  '城乡建设/住房保障与房地产': territory('HOUSING'), // 物业服务、租赁、住房困难 are taken up by 街道/社区; doubtful: 公积金、产权 are departmental

  // 党务政务
  '党务政务/党的建设': territory(), // no department: 区委组织部
  '党务政务/港澳台侨': territory(), // no department: 统战部/侨联/台办
  '党务政务/国防外交': territory(), // no department: 人武部 (townships have a 武装部)
  '党务政务/民族宗教': territory(), // no department: 民宗 (统战部)
  '党务政务/其他': territory(),
  '党务政务/群众团体': territory(), // no department: 工会、共青团、妇联 (all present in townships)
  '党务政务/宣传舆论': dept('CULTOUR'), // 广电、出版 enforcement by 文旅; doubtful: 网信、文明办 are in 宣传部
  '党务政务/政治体制': territory(), // no department: 人大、政协、统战部

  // 国土资源
  '国土资源/海洋气象地震': dept('EMERGENCY'), // 防震减灾 in 应急; doubtful: 气象 is a vertical bureau
  '国土资源/矿产资源管理': dept('NATRES'),
  '国土资源/其他': dept('NATRES'),
  '国土资源/土地征收': dept('NATRES'),
  '国土资源/土地资源管理': dept('NATRES'),

  // 环境保护
  '环境保护/环保管理': dept('ECO'),
  '环境保护/环境污染': dept('ECO'), // doubtful for 社会生活噪声 (police / 城管)
  '环境保护/建设项目审批': dept('ECO'),
  '环境保护/其他': dept('ECO'),

  // 纪检监察: no department. Reports against officials belong to the 区纪委监委 (D01-DIS, a
  // supervisory body, not a department key) and are normally handed over to it outside the
  // hotline flow; the territory rule only makes sure someone accountable receives the case.
  '纪检监察/党政处分': territory(),
  '纪检监察/干部作风': territory(),
  '纪检监察/滥用职权': territory(),
  '纪检监察/其他': territory(),
  '纪检监察/失职渎职': territory(),
  '纪检监察/贪污贿赂': territory(),

  // 交通运输
  '交通运输/出租车管理': dept('TRANSPORT'),
  '交通运输/建设管理': dept('TRANSPORT'),
  '交通运输/交通运输': dept('TRANSPORT'),
  '交通运输/客货运输': dept('TRANSPORT'),
  '交通运输/其他': dept('TRANSPORT'),
  '交通运输/邮政管理': dept('TRANSPORT'), // doubtful: 邮政管理局 is vertical (city level); 交通 coordinates 快递 locally

  // 经济管理
  '经济管理/安全生产': dept('EMERGENCY'),
  '经济管理/保险证券期货': dept('FINANCE'), // doubtful: 金融监管 is vertical; the district 金融办 is usually in 财政
  '经济管理/国资监管': dept('FINANCE'), // district 国资办 is usually a sign of 财政局
  '经济管理/宏观调控': dept('DEVREFORM'),
  '经济管理/金融财税': dept('FINANCE'), // 税收征管 is the vertical 税务局; 非法集资 also POLICE
  '经济管理/能源管理': dept('DEVREFORM'),
  '经济管理/其他': dept('DEVREFORM'),
  '经济管理/企业破产': dept('FINANCE'), // doubtful: 政策性破产 via 国资; 依法破产 is for the courts

  // 科技与信息产业
  '科技与信息产业/电信': dept('DEVREFORM'), // doubtful: 通信管理局 is provincial; carriers handle most complaints
  '科技与信息产业/科学技术': dept('DEVREFORM'), // doubtful: no 科技局
  '科技与信息产业/其他': dept('DEVREFORM'),
  '科技与信息产业/信息化建设': dept('DEVREFORM'), // doubtful: no 工信/数据局
  '科技与信息产业/知识产权': dept('MARKET'), // 知识产权 merged into 市场监管 (2018)

  // 民政
  '民政/福利慈善': dept('CIVIL'),
  '民政/复退安置': territory(), // no department: 退役军人事务局 (every township has a 退役军人服务站)
  '民政/基层选举和社区建设': territory('CIVIL'),
  '民政/救灾募捐': dept('EMERGENCY'), // 救灾 moved to 应急 (2018); doubtful: 捐赠服务 stayed in 民政
  '民政/民间组织': dept('CIVIL'),
  '民政/其他': dept('CIVIL'),
  '民政/区划地名': dept('CIVIL'),
  '民政/社会服务': dept('CIVIL'),
  '民政/社会救助': territory('CIVIL'), // 低保、特困 applications are taken and checked by 街镇
  '民政/优抚': territory(), // no department: 退役军人事务局

  // 农村农业
  '农村农业/草原草场': dept('NATRES'), // 林草 under 自然资源; doubtful where the county has its own 林业局
  '农村农业/村务管理': territory('AGRI'), // 村级财务 supervised by the township 农经站
  '农村农业/动物防疫': dept('AGRI'),
  '农村农业/扶贫开发': territory('AGRI'), // 乡村振兴 merged into 农业农村
  '农村农业/惠农补贴': territory('AGRI'),
  '农村农业/林业管理': dept('NATRES'), // doubtful: as 草原草场; 水土流失 is WATER
  '农村农业/农副产品流通': dept('AGRI'), // doubtful: 价格质量 MARKET, 粮食储备 DEVREFORM
  '农村农业/农垦农场': dept('AGRI'),
  '农村农业/农资农技': dept('AGRI'),
  '农村农业/其他': territory('AGRI'),
  '农村农业/水库移民': dept('WATER'),
  '农村农业/水利水电': dept('WATER'),
  '农村农业/土地承包经营': territory('AGRI'), // 承包、宅基地 disputes are mediated by the township first
  '农村农业/野生资源管理': dept('NATRES'),

  // 商贸旅游
  '商贸旅游/旅游管理': dept('CULTOUR'),
  '商贸旅游/其他': dept('COMMERCE'),
  '商贸旅游/商业贸易': dept('COMMERCE'),
  '商贸旅游/市场监管': dept('MARKET'), // 物价 moved to 市场监管 (2018)
  '商贸旅游/质监检验检疫': dept('MARKET'), // 出入境检验检疫 is 海关

  // 卫生计生
  '卫生计生/公共卫生': dept('HEALTH'),
  '卫生计生/其他': dept('HEALTH'),
  '卫生计生/人口计生': territory('HEALTH'), // 奖励扶助、失独家庭 are verified by the township
  '卫生计生/食品药品监管': dept('MARKET'), // 食药监 merged into 市场监管 (2018)
  '卫生计生/医患纠纷': dept('HEALTH'),
  '卫生计生/医政监管': dept('HEALTH'),

  // 政法
  '政法/法律服务': territory(), // no department: 司法局 (the township 司法所 does 法律援助 intake)
  '政法/法制建设': territory(), // no department: 司法局
  '政法/行政复议': territory(), // no department: 司法局 (行政复议机构); doubtful
  '政法/户籍证件': dept('POLICE'),
  '政法/交通管理': dept('POLICE'), // 交警
  '政法/警务督察': dept('POLICE'),
  '政法/其他': territory('POLICE'),
  '政法/社会治安': dept('POLICE'), // 消防安全 is the 消防救援大队
  '政法/诉讼': territory(), // no department: courts; doubtful
  '政法/刑案侦破': dept('POLICE'),
  '政法/刑罚执行': territory(), // no department: 社区矫正 by 司法局/司法所; 监狱 are provincial
  '政法/仲裁与调解': territory('HRSS'), // 人民调解 at township/village; 劳动人事仲裁 by 人社; doubtful

  // 教育文体
  '教育文体/教师队伍和待遇': dept('EDU'),
  '教育文体/教育行政管理': dept('EDU'),
  '教育文体/教育收费': dept('EDU'),
  '教育文体/教育体制': dept('EDU'),
  '教育文体/考试招生': dept('EDU'),
  '教育文体/其他': dept('EDU'),
  '教育文体/失学辍学': dept('EDU'),
  '教育文体/体育': dept('CULTOUR'), // doubtful: some districts have 教育体育局 instead
  '教育文体/文化': dept('CULTOUR'),
  '教育文体/文物管理': dept('CULTOUR'),

  // 劳动和社会保障
  '劳动和社会保障/城镇居民社会保险': dept('MEDINS'), // two of three items are medical; doubtful: 城乡居民养老 is HRSS
  '劳动和社会保障/城镇职工社会保险': dept('HRSS'), // 医疗、生育 are MEDINS
  '劳动和社会保障/工资福利': dept('HRSS'), // wage arrears (劳动保障监察); 住房公积金 is the 公积金中心
  '劳动和社会保障/就业培训': dept('HRSS'),
  '劳动和社会保障/劳动保护': dept('HRSS'),
  '劳动和社会保障/劳动关系': dept('HRSS'),
  '劳动和社会保障/其他': dept('HRSS'),
  '劳动和社会保障/社保基金管理': dept('HRSS'),
  '劳动和社会保障/退休政策及待遇': dept('HRSS'),
};

/** The rule for a level-2 category: its own entry, else its level-1 fallback, else null. */
export function routingFor(level1: string, level2: string): RoutingRule | null {
  return defaultRouting[routingKey(level1, level2)] ?? level1Fallback[level1] ?? null;
}
