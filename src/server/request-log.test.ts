import { describe, expect, it } from 'vitest';
import { requestForLog } from './app';

describe('the request log', () => {
  it('leaves out the query string, where searches carry names, phones and id numbers', () => {
    const logged = requestForLog({
      method: 'GET',
      url: '/api/dossiers?view=all&q=nguyen%20thi%20mai&phone=0912345678',
      hostname: 'motcua.example',
      ip: '10.0.0.7',
    });
    expect(logged).toEqual({
      method: 'GET',
      url: '/api/dossiers',
      hostname: 'motcua.example',
      remoteAddress: '10.0.0.7',
    });
    expect(JSON.stringify(logged)).not.toContain('nguyen');
  });
});
