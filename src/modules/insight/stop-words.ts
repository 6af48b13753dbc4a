/**
 * Words so common in messages to a government that they never tell one matter from another:
 * greetings, the words of asking and complaining, pronouns, connectives. Shared by hot-issue
 * keywords and the reply check.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '反映', '问题', '希望', '相关', '部门', '尽快', '解决', '处理', '现在', '已经', '没有', '一个', '这个', '那个', '情况', '领导', '你好', '您好', '市民', '居民', '群众',
  '政府', '请问', '要求', '什么', '怎么', '为什么', '可以', '我们', '他们', '你们', '自己', '一直', '不是', '就是', '还是', '但是', '因为', '所以', '如果', '以及', '进行',
  '目前', '今年', '去年', '多次', '导致', '造成', '严重', '影响', '非常', '特别', '这样', '这些', '那些', '一些', '有关', '关于', '感谢', '谢谢', '麻烦', '帮忙', '帮助',
  '尊敬', '您们', '你们好', '谢谢您', '恳请', '请求', '希望能', '能够', '得到', '答复', '回复', '投诉', '举报', '本人', '我家', '时间', '时候', '之前', '以后', '已经有',
]);
