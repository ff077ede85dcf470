// The path of an edge of the Meta app (`/{app-id}/<edge>`), from the call's app id or the
// client's. Throws WhatsAppConfigError when neither is known; callers are async, so the throw
// becomes a rejection.
import { WhatsAppConfigError } from '../core/config-error.js';
import type { CallOptions } from '../core/options.js';
import { segment } from './request-options.js';

/** Options of calls made on behalf of the Meta app. */
export interface AppCallOptions extends CallOptions {
  /** Overrides the client's `appId` for this call. */
  appId?: string;
}

export function appEdge(edge: string, defaultAppId: string | undefined) {
  return (options?: AppCallOptions): string => {
    const appId = options?.appId ?? defaultAppId;
    if (!appId) throw new WhatsAppConfigError('No app id: pass appId to createWhatsApp or to the call');
    return `${segment(appId)}/${edge}`;
  };
}
