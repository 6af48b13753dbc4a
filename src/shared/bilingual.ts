/** A label the server and the web both show, in the two languages of the interface. */
export interface BilingualLabel {
  zh: string;
  en: string;
}

/** The language of a label table for an interface locale (zh-CN, en-US) or a request's locale (zh, en). */
export function labelLanguage(locale: string): keyof BilingualLabel {
  return locale.startsWith('en') ? 'en' : 'zh';
}
