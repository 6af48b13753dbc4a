/** A small synthetic set of labelled messages for the classifier's tests (three categories, distinct vocabularies). */

import type { LabelledText } from './training-data.ts';

const topics: Record<string, { subjects: string[]; problems: string[] }> = {
  城乡建设: {
    subjects: ['小区路灯', '下水道', '人行道', '楼道电梯', '自来水管'],
    problems: ['坏了很久没人修', '堵塞污水外溢', '破损严重', '经常停运', '漏水'],
  },
  教育文体: {
    subjects: ['学校食堂', '幼儿园学费', '老师补课', '学生课业负担', '体育馆'],
    problems: ['收费太高', '违规收费', '质量差', '太重', '不对外开放'],
  },
  卫生计生: {
    subjects: ['医院挂号', '疫苗接种', '医生态度', '医保报销', '药品价格'],
    problems: ['排队太久', '预约不上', '很差', '手续繁琐', '上涨太快'],
  },
};
const places = ['东城街道', '杏坪镇', '南沟村', '桃园社区', '西关'];

/** n messages per category, made by cycling subjects, problems and places in a fixed order. */
export function syntheticMessages(perCategory: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (const [category, { subjects, problems }] of Object.entries(topics)) {
    for (let i = 0; i < perCategory; i += 1) {
      const subject = subjects[i % subjects.length] as string;
      const problem = problems[(i * 3 + 1) % problems.length] as string;
      const place = places[(i * 7 + 2) % places.length] as string;
      out.push({ category, text: `${place}的${subject}${problem}，希望有关部门尽快处理。` });
    }
  }
  return out;
}
