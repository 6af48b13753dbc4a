import type { Logger } from '../../platform/logging/logger.ts';

/** Sends text messages. Installations plug in their gateway; the default writes to the log. */
export interface SmsProvider {
  send(mobile: string, text: string): Promise<void>;
}

export function createLogSmsProvider(logger: Logger): SmsProvider {
  return {
    async send(mobile, text) {
      logger.info({ sms: { mobile, text } }, 'SMS (log provider: not sent)');
    },
  };
}
