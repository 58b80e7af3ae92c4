import { maskPersonName } from '../../domain/rules/masking.js';
import type { PersonalLookup } from './personal-data.port.js';

/** What every view shows of a person whose data was erased (A28): the fact, never the former name. */
export const ERASED_NAME = '已删除';

/** How a view names a natural person: masked (张*), the erased marker, or '***' when nothing is held. */
export function personDisplay(lookup: PersonalLookup): { readonly name: string; readonly erased: boolean } {
  switch (lookup.state) {
    case 'present': return { name: maskPersonName(lookup.record.fullName), erased: false };
    case 'erased': return { name: ERASED_NAME, erased: true };
    case 'unknown': return { name: '***', erased: false };
  }
}

/** The same for the public disclosures, whose person entries gain `erased: true` only once erased (the shape stays as published). */
export function publicPersonDisplay(lookup: PersonalLookup): { readonly name: string; readonly erased?: true } {
  const { name, erased } = personDisplay(lookup);
  return erased ? { name, erased } : { name };
}
