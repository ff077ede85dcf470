export interface LiveSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string | undefined;
  baseUrl: string | undefined;
  template: { name: string; language: string };
  port: number;
  host: string | undefined;
}
export function liveSettings(env: Record<string, string | undefined>): LiveSettings | undefined;
export function startLiveBot(options: { sdk: unknown; node: unknown; settings: LiveSettings; log?: (line: string) => void }): Promise<{ port: number; close(): Promise<void> }>;
