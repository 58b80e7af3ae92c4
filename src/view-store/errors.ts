/** A query the view store cannot answer as asked (undeclared field, bad cursor…): a client error. */
export class InvalidViewQuery extends Error {
  readonly code = 'INVALID_VIEW_QUERY';
  constructor(readonly field: string, readonly rule: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InvalidViewQuery';
  }
}
