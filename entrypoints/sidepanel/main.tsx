import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getRepository } from '@/lib/store';
import { AppProviders } from '@/components/data/AppProviders';
import { LockGate } from '@/components/lock/LockGate';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { DraftLinkProvider } from '@/components/draft/DraftLinkContext';
import { LockedDraftNotice } from '@/components/draft/LockedDraftNotice';
import { connectDraftLink } from '@/lib/ui/draft-link-client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders repository={getRepository()}>
      {/* The draft in this window's active tab (issue 5); locked, it asks to unlock first. */}
      <DraftLinkProvider client={connectDraftLink()}>
        <LockedDraftNotice />
        <LockGate>
          <SidePanelApp />
        </LockGate>
      </DraftLinkProvider>
    </AppProviders>
  </StrictMode>,
);
