/** What decide() needs of an access stream: how often it was read and whether the person is erased. */
export interface AccessState {
  readonly accesses: number;
  readonly erasure: null | { readonly erasedAt: string; readonly basisDocument: string };
}

export const INITIAL_ACCESS_STATE: AccessState = { accesses: 0, erasure: null };
