/**
 * Every error the API can answer with: a stable code, its HTTP status, and the message a person reads
 * in each locale. Add new codes here; nothing else maps errors to statuses.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的内容有误，请检查标出的字段。',
    en: 'Some fields are invalid; please check them.',
  },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  BAD_REQUEST: { status: 400, zh: '请求无法处理。', en: 'The request could not be processed.' },
  INVALID_TEXT: {
    status: 400,
    zh: '请求中含有无效字符（空字符、不成对的代理字符或错误的编码），请删除后重试。',
    en: 'The request contains invalid characters (NUL, unpaired surrogates or a malformed encoding); remove them and try again.',
  },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, zh: '未找到该记录。', en: 'The record was not found.' },
  ROUTE_NOT_FOUND: { status: 404, zh: '请求的地址不存在。', en: 'No such address.' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '该地址不支持此请求方法。', en: 'This method is not allowed here.' },
  CONFLICT: { status: 409, zh: '操作与当前数据冲突。', en: 'The change conflicts with the current data.' },
  VERSION_CONFLICT: {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试。',
    en: 'Someone else changed this record; reload and try again.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型。', en: 'This content type is not supported.' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests; please try again later.' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码不正确。', en: 'Wrong username or password.' },
  SESSION_EXPIRED: {
    status: 401,
    zh: '登录已过期，请重新登录。',
    en: 'Your session has expired; please sign in again.',
  },
  TOKEN_INVALID: {
    status: 401,
    zh: '接口令牌无效、已过期或已撤销。',
    en: 'The API token is invalid, expired or revoked.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '从此处连续登录失败次数过多，暂时不能从此处登录该账号，请稍后再试。',
    en: 'Too many failed sign-ins from here; this account cannot be signed in to from here for a while.',
  },
  SIGN_IN_DELAYED: {
    status: 429,
    zh: '该账号近期登录失败次数过多，从新设备用密码登录须稍候再试。',
    en: 'This account has had many failed sign-ins; password sign-in from a new device must wait a little.',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用。', en: 'This account is disabled.' },
  CSRF_FAILED: {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试。',
    en: 'The request check failed; reload the page and try again.',
  },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码不符合要求：至少 10 位，须同时包含字母和数字，且不能包含用户名。',
    en: 'The password must have at least 10 characters, letters and digits, and must not contain the username.',
  },
  VERIFICATION_FAILED: {
    status: 400,
    zh: '验证码不正确或已过期。',
    en: 'The verification code is wrong or has expired.',
  },
  CODE_SENT_RECENTLY: {
    status: 429,
    zh: '验证码刚刚发送过，请稍后再试。',
    en: 'A code was sent a moment ago; please wait before asking again.',
  },
  UNIT_CODE_TAKEN: { status: 409, zh: '单位编码已被使用。', en: 'This unit code is already in use.' },
  UNIT_CYCLE: {
    status: 409,
    zh: '不能把单位移动到它自己或它的下级单位之下。',
    en: 'A unit cannot be moved under itself or one of its own units.',
  },
  UNIT_IN_USE: {
    status: 409,
    zh: '该单位仍有人员、工单或任务引用，不能删除，请改为停用。',
    en: 'People, cases or tasks still refer to this unit; deactivate it instead.',
  },
  UNIT_HAS_CHILDREN: { status: 409, zh: '该单位还有下级单位，不能删除。', en: 'This unit still has units below it.' },
  UNIT_ROOT: {
    status: 409,
    zh: '区县根单位不能移动或删除。',
    en: 'The district at the root cannot be moved or deleted.',
  },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用。', en: 'This username is already in use.' },
  MOBILE_TAKEN: { status: 409, zh: '手机号已被使用。', en: 'This mobile number is already in use.' },
  CATEGORY_CODE_TAKEN: { status: 409, zh: '分类编码已被使用。', en: 'This category code is already in use.' },
  CATEGORY_RELATED_TO_ITSELF: {
    status: 400,
    zh: '分类不能与自身设为相关分类。',
    en: 'A category cannot be related to itself.',
  },
  CATEGORY_RELATION_NOT_LEAF: {
    status: 400,
    zh: '只有末级分类可以设为相关分类。',
    en: 'Only leaf categories (without subcategories) can be related.',
  },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '该诉求当前状态下不能执行此操作，请刷新后查看。',
    en: "This action is not possible in the case's current state; reload to see it.",
  },
  CASE_NOT_PERMITTED: {
    status: 403,
    zh: '您所在单位不是该诉求此环节的办理方。',
    en: 'Your unit has no part in this step of the case.',
  },
  CASE_TIER_RULE: {
    status: 422,
    zh: '承办单位与诉求分级不符：一般事项由网格、村（社区）办理，较大事项由镇街或部门办理，重大事项由区级专班办理。',
    en: 'The lead unit does not fit the tier: minor matters go to grids and villages, general ones to townships or departments, major ones to a district task force.',
  },
  CASE_NOT_CLASSIFIED: {
    status: 409,
    zh: '请先确定诉求的分类和分级，再派单。',
    en: 'Classify the case (category and tier) before dispatching it.',
  },
  CASE_INVALID_DEADLINE: {
    status: 422,
    zh: '期限不合理：新的期限必须晚于当前时间和原期限。',
    en: 'The deadline must lie after now and after the current deadline.',
  },
  CASE_REOPEN_LIMIT: {
    status: 409,
    zh: '该诉求重办次数已达上限。',
    en: 'This case has been reopened as often as allowed.',
  },
  CASE_EXTENSION_LIMIT: {
    status: 409,
    zh: '该诉求延期次数已达上限。',
    en: 'This case has been extended as often as allowed.',
  },
  CASE_EXTENSION_PENDING: {
    status: 409,
    zh: '已有延期申请待审批。',
    en: 'An extension request is already waiting for a decision.',
  },
  CASE_RETURN_OVERRULED: {
    status: 409,
    zh: '派单员已驳回退单，请本单位办理。',
    en: 'The dispatcher overruled the return; your unit must handle the case.',
  },
  CASE_BAD_PARTIES: {
    status: 422,
    zh: '承办、配合或报到单位重复或无效。',
    en: 'A lead, supporting or summoned unit is repeated or invalid.',
  },
  CASE_URGED_TODAY: {
    status: 409,
    zh: '该诉求今天已督办过，请明天再督办，或改为挂牌督办。',
    en: 'This case was already urged today; urge it again tomorrow, or escalate it.',
  },
  CASE_MERGE_TARGET: {
    status: 409,
    zh: '只能合并到仍在办理中的诉求。',
    en: 'A case can only be merged into one that is still open.',
  },
  CASE_RATING_NOT_ASKED: {
    status: 409,
    zh: '该诉求目前不需要评价：办结并审核通过后才能评价。',
    en: 'This case is not waiting for a rating: it can be rated once its resolution is approved.',
  },
  CASE_ALREADY_RATED: {
    status: 409,
    zh: '您已评价过该诉求，不能重复评价。',
    en: 'This case has already been rated; it cannot be rated twice.',
  },
  CASE_EXTRA_FIELDS: {
    status: 400,
    zh: '请填写该分类要求的补充信息。',
    en: 'Please fill in the extra fields this category asks for.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一份不同的提交。',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  ATTACHMENT_TYPE: {
    status: 415,
    zh: '只能上传 JPG、PNG、GIF、WebP 图片或 PDF 文件。',
    en: 'Only JPG, PNG, GIF or WebP images and PDF files can be uploaded.',
  },
  ATTACHMENT_TOO_LARGE: { status: 413, zh: '文件过大。', en: 'The file is too large.' },
  PROGRAMME_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '该清单当前状态下不能执行此操作，请刷新后查看。',
    en: "This is not possible in the programme's current state; reload to see it.",
  },
  PROGRAMME_DATES: {
    status: 422,
    zh: '日期不合理：结束日期不能早于开始日期，阶段须在清单周期之内。',
    en: 'The dates do not fit: the end may not precede the start, and phases must lie within the programme.',
  },
  PROGRAMME_PHASE_IN_USE: {
    status: 409,
    zh: '该阶段仍有任务或节点引用，不能删除。',
    en: 'Tasks or milestones still refer to this phase.',
  },
  TASK_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '该任务当前状态下不能执行此操作，请刷新后查看。',
    en: "This action is not possible in the task's current state; reload to see it.",
  },
  TASK_NOT_PERMITTED: {
    status: 403,
    zh: '您不是该任务此环节的办理方。',
    en: 'You have no part in this step of the task.',
  },
  TASK_MILESTONES_OPEN: {
    status: 409,
    zh: '还有未完成的节点，不能申请销号。',
    en: 'Some milestones are not reached yet; the task cannot be claimed done.',
  },
  TASK_SUBTASKS_OPEN: { status: 409, zh: '还有未销号的子任务。', en: 'Some sub-tasks are not signed off yet.' },
  TASK_HAS_REPORTS: {
    status: 409,
    zh: '该任务已有报送记录，不能撤销；请转入常态化或完成后核验销号。',
    en: 'Reports were filed on this task; it cannot be withdrawn. Move it to routine handling or sign it off when done.',
  },
  TASK_NOTE_REQUIRED: { status: 422, zh: '请填写说明或理由。', en: 'Please give a note or a reason.' },
  TASK_MILESTONE_STATE: {
    status: 409,
    zh: '该节点当前状态下不能执行此操作。',
    en: 'This is not possible for the milestone in its current state.',
  },
  TASK_EXTERNAL_ID_TAKEN: {
    status: 409,
    zh: '本清单中已有相同外部编号的任务。',
    en: 'Another task of this programme has the same external id.',
  },
  TASK_BAD_UNITS: {
    status: 422,
    zh: '牵头或配合单位无效或重复。',
    en: 'A lead or supporting unit is invalid or repeated.',
  },
  TASK_BAD_PARENT: {
    status: 422,
    zh: '上级任务无效：须是本清单中仍在推进的任务，且不能形成循环。',
    en: 'The parent task must be an open task of the same programme, without cycles.',
  },
  REPORT_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '该报送当前状态下不能执行此操作，请刷新后查看。',
    en: "This is not possible in the report's current state; reload to see it.",
  },
  REPORT_NOT_PERMITTED: {
    status: 403,
    zh: '您不是该报送的填报或审核单位。',
    en: 'You neither file nor review this report.',
  },
  REPORT_TASK_CLOSED: {
    status: 409,
    zh: '该任务已完成、销号或撤销，不再填报。',
    en: 'The task is done, signed off or withdrawn; it takes no more reports.',
  },
  REPORT_NOTE_REQUIRED: {
    status: 422,
    zh: '请填写退回或免报的理由。',
    en: 'Please give the reason for returning or waiving the report.',
  },
  REPORT_NOT_DUE: { status: 409, zh: '尚未到报送期限，不能催报。', en: 'The report is not due yet.' },
  REPORT_INVALID: {
    status: 422,
    zh: '报送内容不符合表格要求，请检查标出的字段。',
    en: 'The report does not fit the form; check the fields listed.',
  },
  REPORT_FORM_INVALID: {
    status: 422,
    zh: '表格定义有误，请检查标出的字段。',
    en: 'The form definition has errors; check the fields listed.',
  },
  TOPIC_WINDOW_CLOSED: { status: 409, zh: '群众点题征集不在开放期内。', en: 'Topics are not being collected now.' },
  TOPIC_ALREADY_SUPPORTED: { status: 409, zh: '您已经支持过这个点题。', en: 'You already support this topic.' },
  TOPIC_SUPPORT_LIMIT: {
    status: 409,
    zh: '本次征集中您的支持次数已用完。',
    en: 'You have used all your supports in this window.',
  },
  TOPIC_PROPOSAL_LIMIT: {
    status: 409,
    zh: '本次征集中您的点题数量已达上限。',
    en: 'You have proposed as many topics as this window allows.',
  },
  TOPIC_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '该点题当前状态下不能执行此操作。',
    en: "This is not possible in the topic's current state.",
  },
  PATROL_TRACK_INVALID: {
    status: 400,
    zh: '巡查轨迹数据有误（非数字、不在中国境内、时间倒退或在未来、点数过多），本批未保存任何点。',
    en: 'The patrol track is invalid (not a number, outside China, time going back or in the future, too many points); nothing of this batch was stored.',
  },
  PATROL_POINTS_GAP: {
    status: 409,
    zh: '轨迹点序号不连续，请从服务器已收到的点之后继续上传。',
    en: 'The points do not follow on; send again from the number the server has reached.',
  },
  PATROL_NOT_RECORDING: {
    status: 409,
    zh: '该巡查已结束，不能再添加轨迹、照片或问题。',
    en: 'This patrol has ended; nothing more can be added.',
  },
  PATROL_NOT_JUDGED: { status: 409, zh: '该巡查尚未研判，不能复核。', en: 'This patrol has not been judged yet.' },
  PATROL_FINDING_OPEN: {
    status: 409,
    zh: '问题对应的诉求尚未办结，不能销号。',
    en: 'The case of this finding is not closed yet; it cannot be signed off.',
  },
  CITIZEN_ONLY: {
    status: 403,
    zh: '请使用群众账号（手机号验证码）登录后操作。',
    en: 'Sign in as a citizen (mobile and code) to do this.',
  },
  EXPORT_TOO_LARGE: {
    status: 422,
    zh: '符合条件的记录过多，无法一次导出，请缩小筛选范围后再导出。',
    en: 'Too many records match to export at once; narrow the filters and export again.',
  },
  IMPORT_FAILED: {
    status: 422,
    zh: '导入失败，文件中有错误，未导入任何数据。',
    en: 'Import failed: the file has errors; nothing was imported.',
  },
  INTERNAL: {
    status: 500,
    zh: '服务器内部错误，请稍后重试，并向管理员提供请求编号。',
    en: 'Internal error; please try again later and give the request id to an administrator.',
  },
  DATABASE_UNAVAILABLE: { status: 503, zh: '数据库暂时无法访问。', en: 'The database is not reachable.' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export type Locale = 'zh' | 'en';

export function statusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function messageOf(code: ErrorCode, locale: Locale): string {
  return errorCatalogue[code][locale];
}
