/**
 * Who is asking. Every resolver receives one in its context and every service takes it, so the
 * access issue adds roles and scopes without reshaping the code. Until accounts exist, requests
 * act as the operator of this installation.
 */
export type Actor = { kind: 'operator'; name: string } | { kind: 'system'; name: string };

export const OPERATOR: Actor = { kind: 'operator', name: 'operator' };
export const SYSTEM: Actor = { kind: 'system', name: 'system' };
