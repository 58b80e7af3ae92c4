/** Who acts in the demo, as the request context would name them (never from a request body). */
import type { Actor } from '../event-store/event-store.port.js';

export const departmentOfficer = (departmentId: string): Actor => ({ kind: 'department', id: `officer.${departmentId}`, department: departmentId });
export const CENTER: Actor = { kind: 'center', id: 'center.reviewer-01', department: null };
export const CREDIT_OFFICE: Actor = { kind: 'credit-office', id: 'credit-office.registrar-01', department: null };
export const agencyActor = (agencyId: string): Actor => ({ kind: 'agency', id: agencyId, department: null });
export const bankActor = (bankId: string): Actor => ({ kind: 'bank', id: bankId, department: null });
export const subjectActor = (subjectId: string): Actor => ({ kind: 'subject', id: subjectId, department: null });

/** Kunshan branches of banks that check borrowers (A18). */
export const BANKS = ['bank.icbc-kunshan', 'bank.abc-kunshan', 'bank.kunshan-rural-commercial', 'bank.boc-kunshan'] as const;
