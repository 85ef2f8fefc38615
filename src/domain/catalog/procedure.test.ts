import { describe, expect, it } from 'vitest';
import { type ProcessingTime, timeLimitForChannel } from './procedure';

const fiveWorkingDays: ProcessingTime = { unit: 'working_days', amount: 5 };
const withOnlineLimit: ProcessingTime = {
  unit: 'working_days',
  amount: 5,
  online: { unit: 'working_hours', amount: 16 },
};

describe('the time limit of a dossier by the channel it came through', () => {
  it.each([
    ['online, with its own limit', withOnlineLimit, 'online', { unit: 'working_hours', amount: 16 }],
    ['at the counter, the general limit', withOnlineLimit, 'counter', { unit: 'working_days', amount: 5 }],
    ['by post, the general limit', withOnlineLimit, 'postal', { unit: 'working_days', amount: 5 }],
    ['online, no own limit: the general one', fiveWorkingDays, 'online', { unit: 'working_days', amount: 5 }],
    [
      'online, own limit cleared (null)',
      { ...fiveWorkingDays, online: null },
      'online',
      { unit: 'working_days', amount: 5 },
    ],
  ] as const)('%s', (_case, processing, channel, expected) => {
    expect(timeLimitForChannel(processing, channel)).toEqual(expected);
  });
});
