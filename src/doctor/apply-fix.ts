import { chmodSync, renameSync } from 'node:fs';
import { updateAuthStore, writeOrder } from '../store/auth-profiles.js';
import type { AutoFix } from './checks.js';

/** Apply one safe fix; returns what was done, in words. Never deletes a credential. */
export async function applyFix(fix: AutoFix, now: number, show: (path: string) => string): Promise<string> {
  switch (fix.kind) {
    case 'chmod':
      chmodSync(fix.path, fix.mode);
      return `chmod ${fix.mode.toString(8)} ${show(fix.path)}`;
    case 'move-aside': {
      const aside = `${fix.path}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(fix.path, aside);
      return `moved ${show(fix.path)} aside to ${show(aside)} (kept, not deleted)`;
    }
    case 'drop-order-entries':
      await updateAuthStore(fix.storePath, (store) => writeOrder(store, fix.provider, fix.keep));
      return fix.keep.length ? `order for ${fix.provider}: ${fix.keep.join(', ')}` : `cleared the ${fix.provider} order`;
  }
}
