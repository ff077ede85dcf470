// What one job of a broadcast carries: everything a worker needs, so any worker can send it
// without the code that built it.
import type { OutboundMessage } from '../../resources/messages/index.js';

export interface BroadcastJob {
  /** The broadcast's id. */
  broadcast: string;
  /** The prefix of the broadcast's keys. */
  prefix: string;
  phoneNumberId: string;
  /** The recipient's key (a phone number's digits, or the id as given). */
  recipient: string;
  /** The message, in Graph's wire format. */
  message: OutboundMessage;
}

/** The BullMQ job name of a recipient's send. */
export const SEND_JOB = 'send';
