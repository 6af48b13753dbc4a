import type { App } from '../../src/platform/http/types.ts';

export interface HttpSession {
  cookie: string;
  csrfToken: string;
  /** Headers for a request made in this session; writes carry the CSRF token. */
  headers(): Record<string, string>;
}

/** Signs in through the real route and keeps the cookie and CSRF token it answered with. */
export async function signInAs(app: App, login: string, password: string): Promise<HttpSession> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'luoshi_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `luoshi_session=${setCookie.value}`;
  const csrfToken = res.json().csrfToken as string;
  return { cookie, csrfToken, headers: () => ({ cookie, 'x-csrf-token': csrfToken }) };
}
