import { store, useStore } from '../store.js';

/** Chinese by default (the measure's and the city's language); English on request, remembered in this browser. */
export type Lang = 'zh' | 'en';

const KEY = 'credit-ledger.lang';

function initial(): Lang {
  const saved = localStorage.getItem(KEY);
  return saved === 'en' ? 'en' : 'zh';
}

const lang = store<Lang>(initial());
document.documentElement.lang = lang.get() === 'zh' ? 'zh-CN' : 'en';

export function useLang(): Lang {
  return useStore(lang);
}

export function setLang(next: Lang): void {
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  lang.set(next);
}

/** The text in the language shown: every string of the console is written in both, side by side. */
export function tr(zh: string, en: string): string {
  return lang.get() === 'zh' ? zh : en;
}

/** A date-time for people: Beijing time, the service's time zone, whatever the browser's. */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(lang.get() === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(lang.get() === 'zh' ? 'zh-CN' : 'en-GB').format(value);
}
