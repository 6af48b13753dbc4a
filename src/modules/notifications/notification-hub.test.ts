import { describe, expect, it } from 'vitest';
import { createNotificationHub } from './notification-hub.ts';

describe('notification hub', () => {
  it('wakes only the subscribers of the people published, once per publish, and forgets unsubscribed ones', () => {
    const hub = createNotificationHub();
    const woken: string[] = [];
    const offA = hub.subscribe(1, () => woken.push('a'));
    hub.subscribe(1, () => woken.push('a2'));
    hub.subscribe(2, () => woken.push('b'));
    expect(hub.listenerCount()).toBe(3);
    hub.publish([1, 1, 3]);
    expect(woken.sort()).toEqual(['a', 'a2']);
    offA();
    offA();
    expect(hub.listenerCount()).toBe(2);
    woken.length = 0;
    hub.publish([1, 2]);
    expect(woken.sort()).toEqual(['a2', 'b']);
  });

  it('counts the same function subscribed twice as two listeners, and a failing listener does not stop the others', () => {
    const hub = createNotificationHub();
    let calls = 0;
    const wake = () => {
      calls += 1;
    };
    const off1 = hub.subscribe(7, () => {
      throw new Error('broken listener');
    });
    const off2 = hub.subscribe(7, wake);
    const off3 = hub.subscribe(7, wake);
    hub.publish([7]);
    expect(calls).toBe(2);
    off1();
    off2();
    off3();
    expect(hub.listenerCount()).toBe(0);
  });
});
