/**
 * Every fixed sentence the bot says, in one place, so its voice can be edited without reading the
 * handlers. Plain text: callers escape what they put into HTML.
 */

export const PHRASES = {
  intro: '您好，我是政策通。我根据已收录的政策文件回答金融政策问题，每条回答都注明出处条款，并可查看原文。',
  libraryHeading: '目前收录的文件：',
  howToAsk: '直接发送问题即可（在群聊中请 @我、回复我的消息或使用 /ask）。也可以使用命令：',
  examplesHeading: '试试这些问题：',
  commands: [
    ['ask', '提问（群聊中使用），如 /ask 渝中区如何吸引金融人才？'],
    ['indicator', '查指标，如 /indicator 绿色贷款'],
    ['policy', '按企业情况匹配政策，如 /policy 科技型小微企业'],
    ['source', '查看上一条回答所引条款的原文，如 /source 2'],
    ['feedback', '意见反馈，如 /feedback 希望收录更多文件'],
    ['help', '使用说明与示例问题'],
  ] as const,
  unknownCommand: '没有这个命令。发送 /help 查看能做什么。',
  nonText: '目前只能回答文字问题，请用文字描述您想了解的政策。',
  emptyAsk: '请在命令后写上问题，例如：/ask 渝中区如何吸引金融人才？',
  tooLong: (max: number, length: number) => `问题过长（${length} 个字，最多 ${max} 个字），请精简后再问。`,
  rateLimited: '您发送得有点快，请稍等片刻再提问。',
  rateLimitedAlert: '操作太频繁，请稍后再试。',
  failed: '抱歉，处理您的消息时出了点问题，请稍后再试。',
  reinterpreted: '理解为：',
  citationsHeading: '引用：',
  pointersHeading: '相关条款（仅供参考）：',
  sourceButton: '原文',
  upButton: '👍',
  downButton: '👎',
  noContext: '还没有可以查看原文的回答（或上一次提问已过去太久），请先提问。',
  noCitations: '上一条回答没有引用条款，没有可显示的原文。',
  noSuchCitation: (count: number) => `上一条回答只有 ${count} 条引用，请用 /source 1 到 /source ${count}。`,
  sourceGone: '该条款已不在当前政策库中（政策库可能已更新），请重新提问。',
  sourceHeading: '原文',
  headingOnly: '（此条只有标题，具体内容见其下各项。）',
  indicatorUsage: '请在 /indicator 后写上关键词，例如：/indicator 绿色贷款、/indicator 保险深度、/indicator 2027。',
  indicatorNone: (search: string) => `指标表中没有包含“${search}”的指标。可以换个关键词，或直接提问。`,
  indicatorHeading: (search: string, count: number) => `指标表中包含“${search}”的指标（共 ${count} 条）：`,
  indicatorMore: (shown: number, count: number) => `仅显示前 ${shown} 条（共 ${count} 条），请用更具体的关键词缩小范围。`,
  policyUsage: '请在 /policy 后描述企业情况，例如：/policy 科技型小微企业，想了解融资支持',
  feedbackUsage: '请在 /feedback 后写下您的意见或建议，例如：/feedback 希望能查询更多区县的政策。',
  feedbackThanks: '感谢您的反馈，我们会认真改进！',
  voteThanks: '感谢反馈！',
  voteGone: '这条回答的记录已不存在。',
  buttonExpired: '这个按钮已失效，请重新提问。',
} as const;

/** Example questions offered as buttons under /start and /help; each is answered from the corpus. */
export const DEFAULT_EXAMPLES: readonly string[] = [
  '2027年渝中区绿色贷款余额目标是多少？',
  '电梯责任险在渝中有什么政策？',
  '渝中区如何吸引金融人才？',
  'QFLP是什么？',
  '我是科技型小微企业，有哪些融资支持？',
];
