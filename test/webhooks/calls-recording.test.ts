// Call recordings and transcripts arrive as call events of their own kinds.
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../../src/webhooks/index.js';
import { fixtures, metaBytes } from './support.js';

describe('call recording and transcription events', () => {
  it('are call events with the media to download, routed on the caller', () => {
    const events = parseWebhook(metaBytes(fixtures['calls-recording']));
    expect(events.map((e) => (e.type === 'call' ? [e.call.event, e.contactId, e.userId] : [e.type]))).toEqual([
      ['call_recording_available', '16505551234', 'US.13491208655302741918'],
      ['call_transcription_available', '16505551234', 'US.13491208655302741918'],
    ]);
    const [recording, transcript] = events;
    if (recording?.type !== 'call' || recording.call.event !== 'call_recording_available') throw new Error('unexpected recording event');
    expect(recording.call.call_recording.audio?.id).toBe('1280438392374645');
    if (transcript?.type !== 'call' || transcript.call.event !== 'call_transcription_available') throw new Error('unexpected transcript event');
    expect(transcript.call.call_transcript.document?.mime_type).toBe('application/json');
  });
});
