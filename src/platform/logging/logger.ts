import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config/config.ts';

export type { Logger };

/**
 * Query parameters whose values may be a person's data (a search for a citizen's name or mobile):
 * logged as their name only, so request logs never keep them.
 */
const personalParams = /^(q|keyword|search|.*(name|mobile|phone|address|idnumber|email).*)$/i;

/** A request URL as logged: the values of personal query parameters replaced by `[redacted]`. */
export function loggedUrl(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const kept = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const [rawName = '', ...rest] = pair.split('=');
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // A name that does not decode is logged as sent.
      }
      return rest.length > 0 && personalParams.test(name) ? `${rawName}=[redacted]` : pair;
    });
  return `${url.slice(0, at)}?${kept.join('&')}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** One structured (JSON) logger for the process (standard output, or `destination`); request loggers are its children. */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'luoshi' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', '*.password'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: req.url === undefined ? undefined : loggedUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
