import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { openRepository } from '@/lib/store';
import type { IdbAmendsRepository } from '@/lib/store';
import { AppProviders } from '@/components/data/AppProviders';

let counter = 0;

/** A repository on its own fresh fake-indexeddb database, so tests never share data. */
export function freshRepository(): IdbAmendsRepository {
  counter += 1;
  return openRepository(`ui-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Renders `ui` the way the entrypoints do: with a repository, save status and announcer. */
export function renderWithRepository(ui: ReactElement, repository: IdbAmendsRepository = freshRepository()) {
  const result = render(<AppProviders repository={repository}>{ui}</AppProviders>);
  return { ...result, repository };
}
