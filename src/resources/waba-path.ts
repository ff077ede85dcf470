// The path of a WhatsApp Business Account or one of its edges, from the call's `wabaId` or the
// client's default. Throws WhatsAppConfigError when neither is known; callers are async, so the
// throw becomes a rejection.
import { requireWabaId } from './ids.js';
import { segment, type WabaCallOptions } from './request-options.js';

export function wabaPath(defaultWabaId: string | undefined) {
  return (options: WabaCallOptions | undefined, edge?: string): string => {
    const path = segment(requireWabaId(options?.wabaId ?? defaultWabaId));
    return edge ? `${path}/${edge}` : path;
  };
}
