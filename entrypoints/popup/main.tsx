import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getRepository } from '@/lib/store';
import { AppProviders } from '@/components/data/AppProviders';
import { LockGate } from '@/components/lock/LockGate';
import { PopupApp } from '@/components/popup/PopupApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders repository={getRepository()}>
      <LockGate>
        <PopupApp />
      </LockGate>
    </AppProviders>
  </StrictMode>,
);
