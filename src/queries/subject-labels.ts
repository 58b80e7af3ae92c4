import type { ListReader } from '../use-case-support/lists/list-reader.js';

/** What a list shows of the subject an item is about: an organisation's name, or that it is a person (A28: no name). */
export interface SubjectLabel {
  readonly kind: 'organisation' | 'person' | null;
  readonly name: string | null;
}

/**
 * The subjects of a page, by id, in one read of the subject-status view: the oversight lists (A11,
 * A14, A19, SH-SCR 36–38) then say which organisation an item is about instead of showing a bare
 * USCC. Persons carry no name here (their names are in no view, A28).
 */
export async function subjectLabels(lists: ListReader, items: readonly unknown[]): Promise<Record<string, SubjectLabel>> {
  const ids = items.map((item) => (item as { subjectId?: unknown }).subjectId).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return {};
  const docs = await lists.getMany('subject-status', 'subject_status', ids);
  const labels: Record<string, SubjectLabel> = {};
  for (const id of ids) {
    const doc = docs.get(id);
    const kind = doc?.kind === 'organisation' || doc?.kind === 'person' ? doc.kind : null;
    labels[id] = { kind, name: kind === 'organisation' && typeof doc?.name === 'string' ? doc.name : null };
  }
  return labels;
}
