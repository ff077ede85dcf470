// Compile-time checks of the WABA analytics helpers (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type CallAnalyticsDataPoint, type PricingAnalyticsDataPoint, type TemplateAnalyticsDataPoint } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', wabaId: '102290129340398' });

export async function analyticsChecks() {
  const pricing: PricingAnalyticsDataPoint[] = await wa.waba.pricingAnalytics({ start: new Date(), end: 1764547200, granularity: 'MONTHLY', dimensions: ['TIER'] });
  void pricing[0]?.cost;
  // @ts-expect-error DAY is the messaging analytics granularity; pricing takes DAILY
  await wa.waba.pricingAnalytics({ start: 1, end: 2, granularity: 'DAY' });
  // @ts-expect-error granularity is required
  await wa.waba.messagingAnalytics({ start: 1, end: 2 });
  // @ts-expect-error start is a Date or Unix seconds, not a date string
  await wa.waba.messagingAnalytics({ start: '2026-11-01', end: 2, granularity: 'DAY' });
  // @ts-expect-error product types are 0, 2 and 100
  await wa.waba.messagingAnalytics({ start: 1, end: 2, granularity: 'DAY', product_types: [1] });
  const calls: CallAnalyticsDataPoint[] = await wa.waba.callAnalytics({ start: 1, end: 2, granularity: 'HALF_HOUR', metric_types: ['AVERAGE_DURATION'] });
  void calls[0]?.average_duration;

  const page = await wa.waba.listTemplateAnalytics({ start: 1761955200, end: 1762560000, granularity: 'DAILY', template_ids: ['594425479261596'] });
  const point: TemplateAnalyticsDataPoint | undefined = page.data[0]?.data_points[0];
  void point?.clicked;
  // @ts-expect-error template ids are required
  await wa.waba.listTemplateAnalytics({ start: 1, end: 2, granularity: 'DAILY' });
}
