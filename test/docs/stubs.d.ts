// Just enough of 'express' and 'hono' for the README snippets to type-check without installing
// them. The shapes follow their published typings.
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Handler = (req: IncomingMessage & { body?: unknown; originalUrl: string }, res: ServerResponse, next: (error?: unknown) => void) => unknown;
  interface Express {
    all(path: string, ...handlers: Handler[]): Express;
    post(path: string, ...handlers: Handler[]): Express;
    use(...handlers: Handler[]): Express;
    listen(port: number, callback?: () => void): unknown;
  }
  function express(): Express;
  namespace express {
    function json(): Handler;
    function raw(options?: { type?: string }): Handler;
  }
  export default express;
}

declare module 'hono' {
  export interface Context {
    req: { raw: Request };
  }
  export class Hono {
    all(path: string, handler: (c: Context) => Response | Promise<Response>): Hono;
    post(path: string, handler: (c: Context) => Response | Promise<Response>): Hono;
    fetch: (request: Request) => Response | Promise<Response>;
  }
}
