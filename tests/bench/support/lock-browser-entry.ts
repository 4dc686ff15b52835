/** Bundled by lock.bench.ts for the Chromium run: exposes the workload to the page. */
import { runLockWorkload } from './lock-workload';

(window as unknown as { runLockBench(n: number): unknown }).runLockBench = (n: number) => runLockWorkload(n, `bench-${Date.now()}`);
