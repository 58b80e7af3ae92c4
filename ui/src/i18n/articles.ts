import { tr } from './lang.js';

/**
 * How the articles an event cites read in the language shown: `A9` is article 9 of the measure
 * (第九条); the other sources the event catalogue names keep their own titles. The codes themselves
 * stay on the element (`data-articles`) for anyone tracing a decision to the law.
 */
const SOURCES: Readonly<Record<string, readonly [string, string]>> = {
  'Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md)': ['《上海市社会信用条例》第36–38条', 'Shanghai Social Credit Regulation arts. 36–38'],
  'SH-SCR arts. 36–38': ['《上海市社会信用条例》第36–38条', 'Shanghai Social Credit Regulation arts. 36–38'],
  'NDRC 令第36号': ['国家发展改革委令第36号', 'NDRC Order No. 36'],
  'NDRC 令第36号 (docs/domain.md)': ['国家发展改革委令第36号', 'NDRC Order No. 36'],
};

export function articleLabel(code: string): string {
  const article = /^A(\d{1,2})$/.exec(code);
  if (article) return tr(`第${article[1]}条`, `Art. ${article[1]}`);
  const source = SOURCES[code];
  return source ? tr(source[0], source[1]) : code;
}
