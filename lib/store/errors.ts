/** Errors the store reports, with messages a view can show as they are. */

export class PersonNotFoundError extends Error {
  override name = 'PersonNotFoundError';
  constructor(readonly id: string) {
    super('This person is no longer on the list. It may have been deleted in another window.');
  }
}

export class InvalidPersonError extends Error {
  override name = 'InvalidPersonError';
  constructor(readonly problems: string[]) {
    super(`This change could not be saved, so nothing was changed. (${problems.join('; ')})`);
  }
}

export interface RejectedPerson {
  /** Position in the imported list, from 0. */
  index: number;
  /** The person's name when it could be read, to help find them in the file. */
  name: string | null;
  problems: string[];
}

export class ImportRejectedError extends Error {
  override name = 'ImportRejectedError';
  constructor(readonly rejected: RejectedPerson[]) {
    const count = rejected.length;
    super(
      `${count} ${count === 1 ? 'entry' : 'entries'} in this backup could not be read, so nothing was imported and your list is unchanged.`,
    );
  }
}

/** The lock is on and this page holds no key: show the unlock screen. */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('Your list is locked. Enter your passphrase to open it.');
  }
}

/** A passphrase that does not open the lock. Nothing was read or written. */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super("That passphrase doesn't match. Nothing was changed.");
  }
}

/** Asked to turn the lock on while it is on, or to change it while it is off. */
export class LockStateError extends Error {
  override name = 'LockStateError';
}

/** A stored record that cannot be opened with the lock's key (altered or damaged on disk). */
export class DamagedRecordError extends Error {
  override name = 'DamagedRecordError';
  constructor(readonly id: string) {
    super('Part of your list could not be opened: it seems to have been damaged on disk. Nothing was changed.');
  }
}

/** The list kept changing in another window while this change was prepared. */
export class ConcurrentChangeError extends Error {
  override name = 'ConcurrentChangeError';
  constructor() {
    super('Your list was changing in another window at the same moment, so this was not saved. Nothing was changed; please try again.');
  }
}
