// Options of the client factory and of each call.
import type { GraphVersion } from '../../generated/version.js';
import type { RetryOptions } from './retry-policy.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A check of outbound messages run before sending: `validateMessage` from
 * `whatsapp-cloud-sdk/validate`. It returns the error to reject with, or undefined.
 */
export type MessageValidator = (message: unknown) => Error | undefined;

export interface WhatsAppOptions {
  /** A system-user or user access token. It is sent as a bearer token and never logged. */
  accessToken: string;
  /** The sending phone number id used when a call does not name one. */
  phoneNumberId?: string;
  /** The WhatsApp Business Account id used when a call does not name one. */
  wabaId?: string;
  /** The Meta app id, for the Resumable Upload API (`POST /{app-id}/uploads`) and partner solutions. */
  appId?: string;
  /** The business portfolio id used when a call does not name one (portfolios, pre-verified numbers). */
  businessId?: string;
  /**
   * Graph API version: one the spec covers (`v23.0` … `v27.0`, typed), default the newest. Another
   * version string is sent as given, after a warning through `warn`: the types describe the
   * covered versions only.
   */
  graphVersion?: GraphVersion | (string & {});
  /**
   * Where the client reports something that works but deserves a look (a `graphVersion` the spec
   * does not cover). Default `console.warn`; pass `() => {}` to silence it.
   */
  warn?: (message: string) => void;
  /**
   * Where Graph lives, version included. Defaults to `https://graph.facebook.com/<graphVersion>`.
   * Point it at a mock server (e.g. Prism) for tests.
   */
  baseUrl?: string;
  /**
   * Send the token over plain http to a host that is not this machine. Off by default: a plain-http
   * `baseUrl` is accepted only for loopback hosts (a mock server on localhost, 127.0.0.1, [::1]).
   */
  allowInsecureHttp?: boolean;
  /**
   * Hosts (names, or `host:port`) that may receive the token when a media URL points at them,
   * besides Meta's own hosts and the `baseUrl`'s origin: e.g. a mock server or a proxy in front of
   * the media host. Over plain http only when the host is loopback or `allowInsecureHttp` is set.
   */
  trustedHosts?: readonly string[];
  /** The fetch to use. Defaults to `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Abort a call that takes longer than this (ms). 0 turns the timeout off. Default 30 000. */
  timeoutMs?: number;
  /** Extra headers sent with every call. */
  headers?: Record<string, string>;
  /**
   * The app secret. When given, every call carries `appsecret_proof` (HMAC-SHA256 of the token
   * keyed with the secret), as apps with "Require App Secret" need.
   */
  appSecret?: string;
  /**
   * Retry failed calls (off by default). `true` uses the defaults. A message send is repeated
   * only where Graph certainly did not accept it (throttling, connection refused) unless
   * `allowDuplicateSends` is set; reads are also repeated after server errors, resets and
   * timeouts. `timeoutMs` applies to each attempt.
   */
  retry?: RetryOptions | boolean;
  /**
   * Check every message against the spec before sending it: pass `validateMessage` from
   * `whatsapp-cloud-sdk/validate` (an import of its own, so apps that do not validate never load
   * the validators). A message that fails rejects with a MessageValidationError naming the field.
   */
  validate?: MessageValidator;
}

/** Options every call accepts. */
export interface CallOptions {
  /** Cancels the call; the promise rejects with `GraphAbortError`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `retry` for this call; `false` turns retrying off. */
  retry?: RetryOptions | boolean;
}

/** Options of calls made on behalf of a phone number. */
export interface PhoneNumberCallOptions extends CallOptions {
  /** Overrides the client's `phoneNumberId` for this call. */
  phoneNumberId?: string;
}
