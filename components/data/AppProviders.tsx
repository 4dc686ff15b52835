import type { ReactNode } from 'react';
import type { AmendsRepository } from '@/lib/store/repository-api';
import { AnnouncerProvider } from '../common/Announcer';
import { RepositoryProvider } from './RepositoryContext';
import { SaveStatusProvider } from './SaveStatus';

/** Everything a page of the extension needs above its UI: the repository, save status, announcements. */
export function AppProviders({ repository, children }: { repository: AmendsRepository; children: ReactNode }) {
  return (
    <RepositoryProvider repository={repository}>
      <SaveStatusProvider>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </SaveStatusProvider>
    </RepositoryProvider>
  );
}
