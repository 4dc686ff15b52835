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
