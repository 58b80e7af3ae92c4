/** Branded string ids: a value of one kind cannot be passed where another is expected. */
export type Brand<T, B extends string> = T & { readonly __brand: B };
