import { describe, expect, it } from 'vitest';
import { normalizeRelayUrl } from '../../electron/laptop/connection/relay-url';

/** The relay address a person types on the sign-in screen. */
describe('relay address validation', () => {
  it.each([
    ['http://192.168.1.10:4455', 'http://192.168.1.10:4455'],
    ['  http://192.168.1.10:4455/  ', 'http://192.168.1.10:4455'],
    ['192.168.1.10:4455', 'https://192.168.1.10:4455'],
    ['https://phonghop.local:8443', 'https://phonghop.local:8443'],
    ['HTTP://Relay.Lan:80', 'http://relay.lan:80'],
    ['http://[::1]:4455', 'http://[::1]:4455'],
  ])('accepts %s', (input, canonical) => {
    expect(normalizeRelayUrl(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    '',
    'http://192.168.1.10',
    'ftp://192.168.1.10:21',
    'ws://192.168.1.10:4455',
    'http://192.168.1.10:4455/api',
    'http://a:b@192.168.1.10:4455',
    'http://192.168.1.10:4455?x=1',
    'http://192.168.1.10:0',
    'http://192.168.1.10:99999',
    'http://:4455',
    42,
  ])('refuses %s with a Vietnamese explanation', (input) => {
    expect(normalizeRelayUrl(input)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        key: 'error.sync.badRelayUrl',
        message: expect.stringMatching(/^Địa chỉ máy chủ phòng họp không hợp lệ\. Hãy nhập dạng https:\/\/192\.168\.1\.10:4455/),
        detail: { field: 'relayUrl' },
      },
    });
  });
});
