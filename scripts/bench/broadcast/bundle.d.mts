/** The path of an ES module bundling the SDK's current sources (client, pacing, redis, redis/broadcast). */
export function bundleBroadcastSdk(): Promise<string>;
