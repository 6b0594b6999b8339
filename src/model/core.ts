/**
 * The model without the validator: word lists, calendar arithmetic, data errors, the first read
 * of the index, and every type of the contract. The app imports values only from here, so its
 * first view loads no zod; full validation (`parse.ts`) is loaded when the page is idle.
 */
export * from './vocabulary';
export * from './calendar';
export * from './dataError';
export * from './firstRead';
export type * from './schema';
