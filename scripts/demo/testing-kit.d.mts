export function runTestingKitDemo(options: {
  /** The root entry point (`whatsapp-cloud-sdk`). */
  sdk: unknown;
  /** `whatsapp-cloud-sdk/webhooks`. */
  webhooks: unknown;
  /** `whatsapp-cloud-sdk/testing`. */
  testing: unknown;
  log?: (line: string) => void;
}): Promise<{ problems: string[] }>;
