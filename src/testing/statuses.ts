// Builders of `messages` deliveries that report the state of a message the business sent.
import type { components } from '../../generated/schema.js';
import { contactOf, envelope, metadataOf, unixSeconds, userPhone, type DeliveryOptions, type MessagesDelivery } from './envelope.js';

type InboundStatus = components['schemas']['InboundStatus'];

/** A status update: its `status`, and any other field of the spec's status (id, errors, pricing…). */
export type StatusInput = Pick<InboundStatus, 'status'> & Partial<InboundStatus>;

/** A status of the business message `status.id` (default: a fixed id) sent to the user. */
export function statusDelivery(status: StatusInput | InboundStatus['status'], options: DeliveryOptions = {}): MessagesDelivery {
  const input = typeof status === 'string' ? { status } : status;
  const recipient = userPhone(options);
  const built: InboundStatus = {
    id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJCRjE5MzE0QjAyRkI0QkYwQzgA',
    timestamp: unixSeconds(options.timestamp),
    ...(recipient === undefined ? {} : { recipient_id: recipient }),
    ...(options.userId === undefined ? {} : { recipient_user_id: options.userId }),
    ...(input.status === 'failed' && input.errors === undefined ? { errors: [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable' }] } : {}),
    ...input,
  };
  return envelope('messages', { messaging_product: 'whatsapp', metadata: metadataOf(options), contacts: [contactOf(options)], statuses: [built] }, options);
}
