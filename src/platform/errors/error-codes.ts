/**
 * Every error the API can answer with: a stable code, its HTTP status, and the message a person reads
 * in each locale. Add new codes here; nothing else maps errors to statuses.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段。', en: 'Some fields are invalid; please check them.' },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  BAD_REQUEST: { status: 400, zh: '请求无法处理。', en: 'The request could not be processed.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, zh: '未找到该记录。', en: 'The record was not found.' },
  ROUTE_NOT_FOUND: { status: 404, zh: '请求的地址不存在。', en: 'No such address.' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '该地址不支持此请求方法。', en: 'This method is not allowed here.' },
  CONFLICT: { status: 409, zh: '操作与当前数据冲突。', en: 'The change conflicts with the current data.' },
  VERSION_CONFLICT: { status: 409, zh: '该记录已被他人修改，请刷新后重试。', en: 'Someone else changed this record; reload and try again.' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型。', en: 'This content type is not supported.' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests; please try again later.' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码不正确。', en: 'Wrong username or password.' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录。', en: 'Your session has expired; please sign in again.' },
  TOKEN_INVALID: { status: 401, zh: '接口令牌无效、已过期或已撤销。', en: 'The API token is invalid, expired or revoked.' },
  ACCOUNT_LOCKED: { status: 423, zh: '连续登录失败次数过多，账号已临时锁定，请稍后再试。', en: 'Too many failed sign-ins; the account is locked for a while.' },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用。', en: 'This account is disabled.' },
  CSRF_FAILED: { status: 403, zh: '请求校验失败，请刷新页面后重试。', en: 'The request check failed; reload the page and try again.' },
  PASSWORD_TOO_WEAK: { status: 400, zh: '密码不符合要求：至少 10 位，须同时包含字母和数字，且不能包含用户名。', en: 'The password must have at least 10 characters, letters and digits, and must not contain the username.' },
  VERIFICATION_FAILED: { status: 400, zh: '验证码不正确或已过期。', en: 'The verification code is wrong or has expired.' },
  CODE_SENT_RECENTLY: { status: 429, zh: '验证码刚刚发送过，请稍后再试。', en: 'A code was sent a moment ago; please wait before asking again.' },
  UNIT_CODE_TAKEN: { status: 409, zh: '单位编码已被使用。', en: 'This unit code is already in use.' },
  UNIT_CYCLE: { status: 409, zh: '不能把单位移动到它自己或它的下级单位之下。', en: 'A unit cannot be moved under itself or one of its own units.' },
  UNIT_IN_USE: { status: 409, zh: '该单位仍有人员、工单或任务引用，不能删除，请改为停用。', en: 'People, cases or tasks still refer to this unit; deactivate it instead.' },
  UNIT_HAS_CHILDREN: { status: 409, zh: '该单位还有下级单位，不能删除。', en: 'This unit still has units below it.' },
  UNIT_ROOT: { status: 409, zh: '区县根单位不能移动或删除。', en: 'The district at the root cannot be moved or deleted.' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用。', en: 'This username is already in use.' },
  MOBILE_TAKEN: { status: 409, zh: '手机号已被使用。', en: 'This mobile number is already in use.' },
  IMPORT_FAILED: { status: 422, zh: '导入失败，文件中有错误，未导入任何数据。', en: 'Import failed: the file has errors; nothing was imported.' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后重试，并向管理员提供请求编号。', en: 'Internal error; please try again later and give the request id to an administrator.' },
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
