import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main>Amends Companion</main>);
