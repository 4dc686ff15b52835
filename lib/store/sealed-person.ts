/**
 * How a person is stored while the lock is on. The whole person is sealed (AES-GCM, fresh
 * IV per write, the id bound as associated data); beside it stay only the fields the
 * database indices and the default order need, as copies:
 *
 *   { id, status, amendsType, followUp, createdAt, updatedAt, sealed: { iv, ciphertext } }
 *
 * When opened, the sealed copy is the truth: editing a clear field on disk changes
 * nothing the person sees, and a sealed value copied onto another id fails to open.
 */
import { openJson, sealJson, isSealed, type Sealed } from '../crypto/aes-gcm';
import type { Person } from '../amends/types';

export interface SealedPerson {
  id: string;
  status: Person['status'];
  amendsType: Person['amendsType'];
  followUp: Person['followUp'];
  createdAt: Person['createdAt'];
  updatedAt: Person['updatedAt'];
  sealed: Sealed;
}

/** What the people store holds: plain people while the lock is off, sealed ones while on. */
export type StoredPerson = Person | SealedPerson;

export function isSealedPerson(record: StoredPerson | undefined | null): record is SealedPerson {
  return !!record && isSealed((record as Partial<SealedPerson>).sealed);
}

const context = (id: string) => `amends-companion/person/${id}`;

export async function sealPerson(person: Person, key: CryptoKey): Promise<SealedPerson> {
  return {
    id: person.id,
    status: person.status,
    amendsType: person.amendsType,
    followUp: person.followUp,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
    sealed: await sealJson(key, person, context(person.id)),
  };
}

/** Rejects when the key is not the one the record was sealed with, or the record was altered. */
export async function openPerson(record: SealedPerson, key: CryptoKey): Promise<Person> {
  return (await openJson(key, record.sealed, context(record.id))) as Person;
}
