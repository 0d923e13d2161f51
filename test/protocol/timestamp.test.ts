// China time whatever the host's time zone. (Apart from the sign-content tests: changing TZ at run
// time needs a process of its own, which Stryker's runner does not give.)
import { describe, expect, it } from 'vitest';
import { chinaTimestamp } from '../../src/protocol.ts';

describe('chinaTimestamp', () => {
  const instant = new Date('2024-05-13T09:49:20Z');
  const original = process.env.TZ;

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('is China time with TZ=%s', (zone) => {
    process.env.TZ = zone;
    try {
      // Proof that the zone took effect in this process: local hours differ per zone.
      const expectedOffset = { UTC: 0, 'America/Los_Angeles': 420, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840 }[zone];
      expect(instant.getTimezoneOffset()).toBe(expectedOffset);
      expect(chinaTimestamp(instant)).toBe('2024-05-13 17:49:20');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('rolls the date over at China midnight', () => {
    expect(chinaTimestamp(new Date('2023-12-31T16:00:00Z'))).toBe('2024-01-01 00:00:00');
    expect(chinaTimestamp(new Date('2023-12-31T15:59:59Z'))).toBe('2023-12-31 23:59:59');
  });
});
