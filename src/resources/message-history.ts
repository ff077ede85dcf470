// messageHistory: GET /{phone-number-id}/message_history and GET /{message-history-id}/events —
// what became of the messages a number sent, and of the status webhooks that reported it.
import type { CallOptions, PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { cursorList } from './cursor-list.js';
import { objectPath } from './graph-list.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, type QueryOf } from './request-options.js';

export type MessageHistoryList = Schemas['MessageHistoryList'];
export type MessageHistoryEntry = Schemas['MessageHistoryEntry'];
export type MessageHistoryQuery = QueryOf<'listMessageHistory'>;
export type MessageHistoryEventList = Schemas['MessageHistoryEventList'];
export type MessageHistoryEventEdge = Schemas['MessageHistoryEventEdge'];
export type MessageHistoryEventQuery = QueryOf<'listMessageHistoryEvents'>;
export type MessageDeliveryStatus = Schemas['MessageDeliveryStatus'];

export function messageHistoryResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const historyPath = phoneNumberEdge('message_history', defaultPhoneNumberId);

  const history = cursorList((query: MessageHistoryQuery | undefined, options: PhoneNumberCallOptions | undefined) =>
    transport.request<MessageHistoryList>('GET', historyPath(options), query ? { ...callInput(options), query } : callInput(options)),
  );

  const eventsOf = (historyId: string) => {
    const path = `${objectPath(historyId, 'message history id')}/events`;
    return cursorList((query: MessageHistoryEventQuery | undefined, options: CallOptions | undefined) =>
      transport.request<MessageHistoryEventList>('GET', path, query ? { ...callInput(options), query } : callInput(options)),
    );
  };

  return {
    /**
     * One page of delivery records of the number's sent messages. Filter by `message_id` (a wamid),
     * and ask for `events{delivery_status,timestamp,webhook_update_state}` to see each status change.
     */
    list: history.list,
    listPages: history.listPages,
    /** Every delivery record of every page. */
    listAll: history.listAll,

    /** One page of the status changes of a history entry (its `id`, not the wamid), oldest first. */
    async events(historyId: string, query?: MessageHistoryEventQuery, options?: CallOptions): Promise<MessageHistoryEventList> {
      return eventsOf(historyId).list(query, options);
    },
    /** Every page of a history entry's status changes. */
    async *eventPages(historyId: string, query?: MessageHistoryEventQuery, options?: CallOptions): AsyncGenerator<MessageHistoryEventList, void, undefined> {
      yield* eventsOf(historyId).listPages(query, options);
    },
    /** Every status change of every page, each with its cursor (`{ cursor, node }`). */
    async *allEvents(historyId: string, query?: MessageHistoryEventQuery, options?: CallOptions): AsyncGenerator<MessageHistoryEventEdge, void, undefined> {
      yield* eventsOf(historyId).listAll(query, options);
    },
  };
}

export type MessageHistoryResource = ReturnType<typeof messageHistoryResource>;
