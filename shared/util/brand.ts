declare const brand: unique symbol;
/** Nominal typing for IDs so a DocumentId can never be passed where a MeetingId is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
