import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { findAll, openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';

const LOAD_B1 = '<load-configuration action="set" format="text"><configuration-set>set system location building b1</configuration-set></load-configuration>';

describe('<get-configuration>', () => {
  it('answers each format', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const xml = await session.run('<get-configuration database="committed"/>');
    const [configuration] = payloadElements(xml);
    assert.equal(configuration?.name, 'configuration');
    assert.equal(configuration?.attributes['commit-user'], 'root');
    assert.ok(configuration?.attributes['commit-seconds'] !== undefined);
    const text = await session.run('<get-configuration database="committed" format="text"/>');
    assert.match(textsOf(text, 'configuration-text')[0] ?? '', /^## Last commit: 2024-03-11 09:00:00 UTC by root\n/);
    const set = await session.run('<get-configuration format="set"/>');
    assert.match(textsOf(set, 'configuration-set')[0] ?? '', /^set system commit synchronize$/m);
    const json = await session.run('<get-configuration format="json"/>');
    assert.ok('configuration' in (JSON.parse(json.payload) as object));
  });

  it('applies the subtree filter (PyEZ domain fact, with inherit)', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const services = await session.run('<get-configuration format="set"><configuration><system><services/></system></configuration></get-configuration>');
    const lines = (textsOf(services, 'configuration-set')[0] ?? '').split('\n');
    assert.ok(lines.length > 0 && lines.every((line) => line.startsWith('set system services ')), lines.join('\n'));
    const hostName = await session.run('<get-configuration database="committed" inherit="inherit" commit-scripts="apply"><configuration><system><host-name/></system></configuration></get-configuration>');
    assert.deepEqual(textsOf(hostName, 'host-name'), ['r1-re0']);
    const domain = await session.run('<get-configuration database="committed" inherit="inherit" commit-scripts="apply"><configuration><system><domain-name/></system></configuration></get-configuration>');
    assert.deepEqual(findAll(payloadElements(domain), 'system'), []);
    const bad = await session.run('<get-configuration><configuration><bogus/></configuration></get-configuration>');
    assert.equal(bad.errors[0]?.badElement, 'bogus');
  });

  it('shows the session candidate by default and the committed configuration on request', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD_B1);
    const candidate = await session.run('<get-configuration><configuration><system><location/></system></configuration></get-configuration>');
    assert.deepEqual(textsOf(candidate, 'building'), ['b1']);
    const committed = await session.run('<get-configuration database="committed"><configuration><system><location/></system></configuration></get-configuration>');
    assert.deepEqual(textsOf(committed, 'building'), []);
    const other = openSession(lab);
    const shared = await other.run('<get-configuration database="candidate" format="set"><configuration><system><location/></system></configuration></get-configuration>');
    assert.match(textsOf(shared, 'configuration-set')[0] ?? '', /set system location building b1/);
  });

  it('compare rollback: the diff after a line break, exactly "\\n" when nothing changed', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const DIFF = '<get-configuration compare="rollback" rollback="0" format="text"/>';
    const empty = await session.run(DIFF);
    const [information] = payloadElements(empty);
    assert.equal(information?.name, 'configuration-information');
    assert.equal(information?.children[0]?.name, 'configuration-output');
    assert.equal(information?.children[0]?.text, '\n');
    await session.run(LOAD_B1);
    const diff = textsOf(await session.run(DIFF), 'configuration-output')[0] ?? '';
    assert.match(diff, /^\[edit system\]\n\+ +location \{\n\+ +building b1;/);
    const missing = await session.run('<get-configuration compare="rollback" rollback="7"/>');
    assert.equal(missing.errors[0]?.message, 'rollback file 7 does not exist');
  });

  it('needs the view permission', async () => {
    const lab = rpcLab();
    const result = await openSession(lab, { login: loginOfClass('unauthorized') }).run('<get-configuration/>');
    assert.equal(result.errors[0]?.message, 'permission denied');
    assert.equal(result.errors[0]?.badElement, 'get-configuration');
  });
});
