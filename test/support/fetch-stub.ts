// A fetch that records every request and answers from a script, for exact-request unit tests.
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The body parsed as JSON when it was a JSON string; the raw body otherwise. */
  body: unknown;
  rawBody: BodyInit | null | undefined;
  signal: AbortSignal | null | undefined;
}

export type StubReply =
  | Response
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | ((request: RecordedRequest) => Response | Promise<Response>);

export function stubFetch(...replies: StubReply[]) {
  const calls: RecordedRequest[] = [];
  let next = 0;
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((value, key) => {
      headers[key] = value;
    });
    const rawBody = init.body ?? (input instanceof Request ? await input.text() : undefined);
    let body: unknown = rawBody;
    if (typeof rawBody === 'string') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const recorded: RecordedRequest = {
      url: input instanceof Request ? input.url : String(input),
      method: init.method ?? (input instanceof Request ? input.method : 'GET'),
      headers,
      body,
      rawBody,
      signal: init.signal,
    };
    calls.push(recorded);
    const reply = replies[Math.min(next++, replies.length - 1)] ?? { json: {} };
    if (reply instanceof Response) return reply.clone();
    if (typeof reply === 'function') return reply(recorded);
    const text = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'content-type': reply.text === undefined ? 'application/json' : 'text/plain', ...reply.headers },
    });
  };
  return { fetch, calls };
}
