import { describe, expect, it } from 'vitest';
import {
  isBackgroundRequest,
  isCommand,
  isContentRequest,
  isGateVerdict,
  isListOutcome,
  MAX_CHECK_TEXT,
  MAX_GATE_TEXT,
  MAX_SITES,
} from './protocol';

describe('message guards', () => {
  it('accept well-formed requests', () => {
    expect(isContentRequest({ type: 'borderline:get-summary' })).toBe(true);
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: 3 })).toBe(true);
    expect(isContentRequest({ type: 'borderline:check-quote', text: 'We will never accept' })).toBe(true);
    expect(isContentRequest({ type: 'borderline:command', command: 'next-mention' })).toBe(true);
    expect(isBackgroundRequest({ type: 'borderline:mention-count', count: 0 })).toBe(true);
    expect(isBackgroundRequest({ type: 'borderline:open-source' })).toBe(true);
    expect(isBackgroundRequest({ type: 'borderline:gate', text: '' })).toBe(true);
    expect(isBackgroundRequest({ type: 'borderline:gate', text: 'x'.repeat(MAX_GATE_TEXT) })).toBe(true);
    expect(isGateVerdict({ admits: false, workMs: 0.2 })).toBe(true);
  });

  it('refuse anything else', () => {
    for (const junk of [
      null,
      'borderline:get-summary',
      42,
      {},
      { type: 'other' },
      { type: 'borderline:reveal-mention' },
      { type: 'borderline:check-quote' },
      { type: 'borderline:check-quote', text: '   ' },
      { type: 'borderline:check-quote', text: 7 },
      { type: 'borderline:check-quote', text: 'x'.repeat(MAX_CHECK_TEXT + 1) },
      { type: 'borderline:command', command: 'close-tab' },
      { type: 'borderline:command' },
    ]) {
      expect(isContentRequest(junk)).toBe(false);
    }
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: -1 })).toBe(false);
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: 1.5 })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:mention-count', count: '3' })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:mention-count', count: -2 })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:get-summary' })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:gate' })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:gate', text: ['troops'] })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:gate', text: 'x'.repeat(MAX_GATE_TEXT + 1) })).toBe(false);
    for (const answer of [
      undefined,
      true,
      { admits: 'yes', workMs: 1 },
      { admits: true },
      { admits: true, workMs: -1 },
    ]) {
      expect(isGateVerdict(answer)).toBe(false);
    }
    expect(isGateVerdict({ admits: true, workMs: Number.NaN })).toBe(false);
  });

  it('check a change of sites and its outcome', () => {
    const change = (value: unknown) => isBackgroundRequest({ type: 'borderline:change-sites', change: value });
    expect(change({ add: ['example.com'] })).toBe(true);
    expect(change({ remove: ['example.com'], add: [] })).toBe(true);
    expect(change({ clear: true })).toBe(true);
    for (const junk of [
      undefined,
      'example.com',
      { add: 'example.com' },
      { add: [''] },
      { add: [42] },
      { remove: ['x'.repeat(1_001)] },
      { add: Array.from({ length: MAX_SITES + 1 }, () => 'a.example') },
      { clear: 'yes' },
    ]) {
      expect(change(junk)).toBe(false);
    }
    expect(isListOutcome({ ok: true, count: 3 })).toBe(true);
    expect(isListOutcome({ ok: false, problem: 'storage', detail: 'QUOTA_BYTES quota exceeded' })).toBe(true);
    expect(isListOutcome({ ok: false, problem: 'lost' })).toBe(false);
    expect(isListOutcome({ ok: true })).toBe(false);
    expect(isListOutcome(undefined)).toBe(false);
  });

  it('check a change of the sites where the notice is hidden as a change of sites', () => {
    const change = (value: unknown) => isBackgroundRequest({ type: 'borderline:change-notice-sites', change: value });
    expect(change({ add: ['example.com'] })).toBe(true);
    expect(change({ remove: ['example.com'] })).toBe(true);
    expect(change({ add: [''] })).toBe(false);
    expect(change({ add: Array.from({ length: MAX_SITES + 1 }, () => 'a.example') })).toBe(false);
  });

  it('know the manifest’s commands only', () => {
    expect(isCommand('toggle-site')).toBe(true);
    expect(isCommand('previous-mention')).toBe(true);
    expect(isCommand('_execute_action')).toBe(false);
    expect(isCommand(undefined)).toBe(false);
  });
});
