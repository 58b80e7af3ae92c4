/** A department id as registered (e.g. `ks-drc` for an A13 pilot): in a path (`{did}`) or a query filter. */
export const DEPARTMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DEPARTMENT_ID_EXPECTED = 'a department id (1–64 letters, digits, . _ -), e.g. ks-drc';
