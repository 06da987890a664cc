import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { configAccess } from './config-access.js';
import { loginOn, rpcLab } from './testing/rpc-lab.js';

describe('configAccess', () => {
  it('opens a shared netconf session on first use, as the login, with the session id as pid', () => {
    const lab = rpcLab();
    const access = configAccess({ router: lab.router, slot: 're0', login: loginOn(lab, 're0', 'lab'), sessionId: 4242 });
    assert.equal(access.current(), undefined);
    const session = access.session();
    assert.ok(!('error' in session));
    assert.equal(access.session(), session);
    assert.equal(access.current(), session);
    const view = lab.router.re('re0').database?.sessions().find((entry) => entry.id === session.id);
    assert.deepEqual([view?.user, view?.client, view?.mode, view?.pid], ['lab', 'netconf', 'shared', 4242]);
    access.close();
    assert.equal(access.current(), undefined);
    assert.equal(lab.router.re('re0').database?.sessions().length, 0);
  });

  it('refuses a login that may not configure', () => {
    const lab = rpcLab();
    const access = configAccess({ router: lab.router, slot: 're0', login: loginOfClass('read-only'), sessionId: 1 });
    const refused = access.session();
    assert.ok('error' in refused && refused.error.message === 'permission denied');
  });

  it('replaces the shared session by a private one; REST commits as rest', () => {
    const lab = rpcLab();
    const access = configAccess({ router: lab.router, slot: 're0', login: loginOn(lab, 're0', 'lab'), sessionId: 2, client: 'rest' });
    const shared = access.session();
    const privateSession = access.openPrivate();
    assert.ok(!('error' in shared) && !('error' in privateSession));
    assert.equal(shared.isOpen, false);
    assert.equal(privateSession.mode, 'private');
    assert.equal(privateSession.client, 'rest');
    assert.equal(access.session(), privateSession);
  });

  it('opens a new shared session after the RE rebooted; a lost private one stays closed until close()', () => {
    const lab = rpcLab();
    const access = configAccess({ router: lab.router, slot: 're1', login: loginOn(lab, 're1', 'lab'), sessionId: 3 });
    const before = access.session();
    lab.router.re('re1').reboot();
    lab.clock.advance(600_000);
    const after = access.session();
    assert.ok(!('error' in before) && !('error' in after));
    assert.notEqual(after, before);
    assert.equal(after.isOpen, true);
    access.openPrivate();
    lab.router.re('re1').reboot();
    lab.clock.advance(600_000);
    const lost = access.session();
    assert.ok('error' in lost && lost.error.message === 'configuration session is closed');
    access.close();
    assert.ok(!('error' in access.session()));
  });
});
