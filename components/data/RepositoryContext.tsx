import { createContext, useContext, type ReactNode } from 'react';
import type { AmendsRepository } from '@/lib/store/repository-api';

/**
 * The one repository every component reads and writes through. The entrypoints provide
 * the real IndexedDB repository; tests provide one on a fresh fake-indexeddb database.
 */
const RepositoryContext = createContext<AmendsRepository | null>(null);

export function RepositoryProvider({
  repository,
  children,
}: {
  repository: AmendsRepository;
  children: ReactNode;
}) {
  return <RepositoryContext.Provider value={repository}>{children}</RepositoryContext.Provider>;
}

export function useRepository(): AmendsRepository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('useRepository needs a <RepositoryProvider> above it.');
  return repository;
}
