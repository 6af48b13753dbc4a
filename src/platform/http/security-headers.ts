import helmet from '@fastify/helmet';
import Fastify from 'fastify';

/** helmet's settings for this application. */
const helmetOptions = {
  contentSecurityPolicy: {
    directives: {
      // Plain-http installations on an office network must keep working.
      upgradeInsecureRequests: null,
      // Ant Design injects its styles at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
    },
  },
};

/** Headers of the probe's answer that are not security headers. */
const notSecurity = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The security headers (helmet's: content security policy, frame and referrer rules, …) as one fixed
 * set, made once at start-up by running the helmet plugin on a probe request. The plugin itself
 * rebuilds its middleware and re-parses the policy on every request, a measurable share of a small
 * request's CPU; the headers are the same for every answer, so the app sets this set instead.
 */
export async function makeSecurityHeaders(): Promise<Record<string, string>> {
  const probe = Fastify();
  try {
    await probe.register(helmet, helmetOptions);
    probe.get('/', async () => '');
    const answer = await probe.inject({ url: '/' });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers))
      if (typeof value === 'string' && !notSecurity.has(name)) headers[name] = value;
    return headers;
  } finally {
    await probe.close();
  }
}
