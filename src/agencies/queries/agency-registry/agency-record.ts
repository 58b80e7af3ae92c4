import { agencyStandingOn } from '../../../../domain/agency/standing.js';
import type { FiledAgencyState } from '../../../../domain/agency/state.js';
import type { AgencyBreachEntry } from '../../../../projections/agency-registry/agency-registry.doc.js';

/** One agency in the public registry (A20, A26): its filing, its standing on the day asked, and its credit record. */
export interface AgencyRecord {
  readonly agencyId: string;
  readonly name: string;
  readonly uscc: string;
  readonly usccWarnings: readonly string[];
  /** A15, A20 "filed or recognised": how the agency became eligible; the other basis is null. */
  readonly eligibleBy: 'filing' | 'recognition';
  readonly filing: { readonly authority: string; readonly level: string; readonly number: string; readonly filedOn: string } | null;
  readonly recognition: { readonly authority: string; readonly level: string; readonly document: string; readonly recognisedOn: string } | null;
  readonly standing: { readonly on: string; readonly status: string; readonly statusZh: string };
  readonly suspensions: FiledAgencyState['suspensions'];
  readonly exit: FiledAgencyState['exit'];
  readonly staffCount: number;
  readonly breaches: readonly {
    readonly breachId: string; readonly breachClass: string; readonly decisionDate: string;
    readonly basisDocument: string; readonly summary: string; readonly byStaff: boolean;
  }[];
}

const STATUS_ZH: Record<string, string> = { 'not-filed': '未备案', 'in-force': '备案有效', suspended: '暂停', exited: '已退出市场' };
/** A15, A20 "filed or recognised": a recognised agency's standing speaks of recognition (认可), not filing. */
const RECOGNISED_STATUS_ZH: Record<string, string> = { ...STATUS_ZH, 'not-filed': '未认可', 'in-force': '认可有效' };

/**
 * A20: whether the agency's reports count today; A26: its suspensions, exit and credit record.
 * Staff appear only as a count, and a staff breach only as `byStaff` (A28: no staff ids in public).
 */
export function agencyRecord(state: FiledAgencyState, breaches: readonly AgencyBreachEntry[], today: string): AgencyRecord {
  const standing = agencyStandingOn(state, today);
  return {
    agencyId: state.agencyId,
    name: state.name,
    uscc: state.uscc,
    usccWarnings: state.usccWarnings,
    eligibleBy: state.eligibleBy,
    filing: state.eligibleBy === 'filing' ? { authority: state.filingAuthority, level: state.level, number: state.filingNumber, filedOn: state.filedOn } : null,
    recognition: state.eligibleBy === 'recognition' ? { authority: state.filingAuthority, level: state.level, document: state.filingNumber, recognisedOn: state.filedOn } : null,
    standing: { on: today, status: standing.status, statusZh: (state.eligibleBy === 'recognition' ? RECOGNISED_STATUS_ZH : STATUS_ZH)[standing.status] ?? standing.status },
    suspensions: state.suspensions,
    exit: state.exit,
    staffCount: Object.keys(state.currentStaff).length,
    breaches: breaches.map((breach) => ({
      breachId: breach.breachId, breachClass: breach.breachClass, decisionDate: breach.decisionDate,
      basisDocument: breach.basisDocument, summary: breach.summary, byStaff: breach.staffId !== null,
    })),
  };
}
