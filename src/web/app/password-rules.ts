import type { Rule } from 'antd/es/form';
import type { Translate } from '../i18n/message-types.ts';

/** The server's password rule, checked before sending: ≥ 10 characters, letters and digits, not the username. */
export function passwordRules(t: Translate, username: () => string | null | undefined): Rule[] {
  return [
    { required: true, message: t('password.required') },
    {
      validator: async (_, value: unknown) => {
        const password = typeof value === 'string' ? value : '';
        if (!password) return;
        if (password.length < 10) throw new Error(t('password.tooShort'));
        if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) throw new Error(t('password.lettersAndDigits'));
        const name = username()?.trim().toLowerCase();
        if (name && password.toLowerCase().includes(name)) throw new Error(t('password.containsUsername'));
      },
    },
  ];
}
