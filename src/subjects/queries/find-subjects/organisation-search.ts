import { Inject, Injectable } from '@nestjs/common';
import type { DisclosureSubjectDoc } from '../../../../projections/disclosures/disclosures.doc.js';
import type { SubjectStatusDoc } from '../../../../projections/subject-status/subject-status.doc.js';
import { LISTS } from '../../../use-case-support/lists/list-queries.js';
import { ListReader } from '../../../use-case-support/lists/list-reader.js';
import { scopeCursor, unscopeCursor } from '../../../use-case-support/lists/scoped-cursor.js';
import { InvalidViewQuery } from '../../../view-store/errors.js';
import { usccPrefix } from './search-text.js';

export interface FoundOrganisation {
  readonly subjectId: string;
  readonly kind: 'organisation';
  readonly name: string | null;
  readonly uscc: string | null;
  readonly legalRepresentative: string | null;
}

/** Where a page starts: within the name matches, or within the USCC matches (`cursor` null: at their start). */
type Position = { readonly phase: 'name' | 'uscc'; readonly cursor: string | null };

const NAME_START: Position = { phase: 'name', cursor: null };

function encodePosition(position: Position): string {
  return `${position.phase}:${position.cursor ?? ''}`;
}

function decodePosition(inner: string | null): Position {
  if (inner === null) return NAME_START;
  const match = /^(name|uscc):(.*)$/s.exec(inner);
  if (!match) throw new InvalidViewQuery('cursor', 'CURSOR', 'is not a nextCursor returned by this route');
  return { phase: match[1] as Position['phase'], cursor: match[2] === '' ? null : match[2]! };
}

/**
 * Issue 12: organisations whose name starts with the text (by name), then those whose USCC starts
 * with it upper-cased (by USCC), each a range of the subject-status view's (kind, name) or (kind,
 * uscc) index; one found both ways is listed once, with the names. A page may hold fewer than
 * `limit` items; `nextCursor` is null only at the end. The legal representative comes from the
 * public subject documents of the disclosures view, one getMany per page.
 */
@Injectable()
export class OrganisationSearch {
  constructor(@Inject(ListReader) private readonly lists: ListReader) {}

  async page(text: string, limit: number, cursor: string | undefined): Promise<{ items: FoundOrganisation[]; nextCursor: string | null }> {
    const scope = JSON.stringify(['subjects', text]);
    const usccText = usccPrefix(text);
    let position = decodePosition(unscopeCursor(scope, cursor));
    const found: SubjectStatusDoc[] = [];
    if (position.phase === 'name') {
      const page = await this.lists.page(LISTS.organisationsByName(text, { limit, cursor: position.cursor }));
      found.push(...(page.items as unknown as SubjectStatusDoc[]));
      if (page.nextCursor !== null) return this.answer(found, scope, { phase: 'name', cursor: page.nextCursor });
      if (usccText === null) return this.answer(found, scope, null);
      position = { phase: 'uscc', cursor: null };
      if (found.length === limit) return this.answer(found, scope, position);
    }
    if (usccText === null) throw new InvalidViewQuery('cursor', 'CURSOR', 'is not a nextCursor of this search');
    const page = await this.lists.page(LISTS.organisationsByUscc(usccText, { limit: limit - found.length, cursor: position.cursor }));
    // Listed already among the names: not twice.
    const fresh = (page.items as unknown as SubjectStatusDoc[]).filter((doc) => !(doc.name ?? '').startsWith(text));
    found.push(...fresh);
    return this.answer(found, scope, page.nextCursor === null ? null : { phase: 'uscc', cursor: page.nextCursor });
  }

  private async answer(docs: SubjectStatusDoc[], scope: string, next: Position | null) {
    const publicSubjects = await this.lists.getMany('disclosures', 'disclosure_subjects', docs.map((doc) => doc.subjectId));
    const items = docs.map((doc): FoundOrganisation => ({
      subjectId: doc.subjectId,
      kind: 'organisation',
      name: doc.name,
      uscc: doc.uscc,
      legalRepresentative: (publicSubjects.get(doc.subjectId) as unknown as DisclosureSubjectDoc | undefined)?.legalRepresentative ?? null,
    }));
    return { items, nextCursor: next === null ? null : scopeCursor(scope, encodePosition(next)) };
  }
}
