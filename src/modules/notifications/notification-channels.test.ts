import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogEmailChannel, createLogSmsChannel, maskEmail } from './notification-channels.ts';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const message = {
  kind: 'case.urge',
  title: '请尽快办理 C-1',
  body: '群众张三反映：迎泽大街 28 号路灯不亮，电话 13912345678',
  caseId: 12,
};

describe('log channels', () => {
  it('write one line per message with the mobile masked and no body text', async () => {
    const { logger, lines } = capturingLogger();
    const sms = createLogSmsChannel(logger);
    expect(sms.name).toBe('sms');
    await sms.send({ personId: 5, displayName: '李四', mobile: '13812341234', email: null }, message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      notification: {
        channel: 'sms',
        to: '138****1234',
        personId: 5,
        kind: 'case.urge',
        caseId: 12,
        title: message.title,
      },
    });
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('13812341234');
    expect(text).not.toContain('迎泽大街');
  });

  it('send nothing to a recipient without the address, and mask e-mail addresses', async () => {
    const { logger, lines } = capturingLogger();
    await createLogSmsChannel(logger).send({ personId: 1, displayName: 'x', mobile: null, email: 'a@b.cn' }, message);
    await createLogEmailChannel(logger).send(
      { personId: 1, displayName: 'x', mobile: '13812341234', email: null },
      message,
    );
    expect(lines).toHaveLength(0);
    await createLogEmailChannel(logger).send(
      { personId: 1, displayName: 'x', mobile: null, email: 'zhang.san@example.com' },
      message,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ notification: { channel: 'email', to: 'z***@example.com' } });
    expect(JSON.stringify(lines[0])).not.toContain('zhang.san');
    expect(maskEmail('nobody')).toBe('***');
  });
});
