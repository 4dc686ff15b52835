export * from './types';
export * from './ids';
export * from './limits';
export * from './dates';
export * from './person';
export * from './status';
export * from './steps';
export * from './safety';
export * from './money';
export {
  totalPaid,
  remaining,
  overpaid,
  restitutionBalance,
  editRestitution,
  changeCurrency,
  CurrencyChangeError,
  addPayment,
  removePayment,
  type RestitutionBalance,
  type NewPayment,
} from './restitution';
export * from './harms';
export * from './reflections';
export * from './drafts';
export * from './outcome';
export { isFollowUpDue, dueFollowUps, whoIsNext, type NextReason, type NextUp } from './followup';
export * from './search';
export * from './labels';
// The schema (zod) is not in the barrel: import it from './schema' where it is needed, so
// pages that only read the list don't load it.
