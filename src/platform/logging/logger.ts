import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config/config.ts';

export type { Logger };

/** One structured (JSON) logger for the process; request loggers are its children. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'luoshi' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', '*.password'],
      censor: '[redacted]',
    },
  });
}
