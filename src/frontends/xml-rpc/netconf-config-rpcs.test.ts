import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';

const NC = 'xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"';
const LOCATION = '<get-configuration format="set"><configuration><system><location/></system></configuration></get-configuration>';
const edit = (configuration: string, extra = '') =>
  `<nc:edit-config ${NC}><nc:target><nc:candidate/></nc:target>${extra}<nc:config><configuration>${configuration}</configuration></nc:config></nc:edit-config>`;

async function location(session: ReturnType<typeof openSession>): Promise<string> {
  return (textsOf(await session.run(LOCATION), 'configuration-set')[0] ?? '').trim();
}

describe('<get-config>', () => {
  it('answers <data><configuration> in the xnm namespace, filtered', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run(`<nc:get-config ${NC}><nc:source><nc:running/></nc:source><nc:filter type="subtree"><configuration><system><services/></system></configuration></nc:filter></nc:get-config>`);
    const [data] = payloadElements(result);
    assert.equal(data?.name, 'data');
    const configuration = data?.children[0];
    assert.equal(configuration?.name, 'configuration');
    assert.equal(configuration?.namespace, 'http://xml.juniper.net/xnm/1.1/xnm');
    assert.equal(configuration?.attributes['commit-user'], 'root');
    assert.deepEqual(configuration?.children.map((child) => child.name), ['system']);
    assert.deepEqual(configuration?.children[0]?.children.map((child) => child.name), ['services']);
  });

  it('reads the candidate', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(edit('<system><location><building>e1</building></location></system>'));
    const result = await session.run('<get-config><source><candidate/></source></get-config>');
    assert.deepEqual(textsOf(result, 'building'), ['e1']);
  });
});

describe('<edit-config>', () => {
  it('merges, then deletes with operation="delete"', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    assert.equal((await session.run(edit('<system><location><building>e1</building><floor>2</floor></location></system>'))).ok, true);
    assert.equal(await location(session), 'set system location building e1\nset system location floor 2');
    assert.equal((await session.run(edit('<system><location><floor nc:operation="delete"/></location></system>'))).ok, true);
    assert.equal(await location(session), 'set system location building e1');
    const missing = await session.run(edit('<system><location><floor nc:operation="delete"/></location></system>'));
    assert.equal(missing.errors[0]?.tag, 'data-missing');
    assert.equal((await session.run(edit('<system><location><floor nc:operation="remove"/></location></system>'))).ok, true);
  });

  it('create refuses what exists; replace swaps a statement; none touches only what has an operation', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(edit('<system><location><building>e1</building><floor>2</floor></location></system>'));
    assert.equal((await session.run(edit('<system><location nc:operation="create"><rack>1</rack></location></system>'))).errors[0]?.tag, 'data-exists');
    await session.run(edit('<system><location nc:operation="replace"><rack>1</rack></location></system>'));
    assert.equal(await location(session), 'set system location rack 1');
    await session.run(edit('<system><host-name>ignored</host-name><location><floor nc:operation="merge">5</floor></location></system>', '<nc:default-operation>none</nc:default-operation>'));
    assert.equal(await location(session), 'set system location floor 5\nset system location rack 1');
    const hostName = await session.run('<get-configuration format="set"><configuration><system><host-name/></system></configuration></get-configuration>');
    assert.equal(textsOf(hostName, 'configuration-set')[0], '');
  });

  it('test-only checks without changing; errors come back as rpc-errors', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const tested = await session.run(edit('<system><location><building>t1</building></location></system>', '<nc:test-option>test-only</nc:test-option>'));
    assert.equal(tested.ok, true);
    assert.equal(await location(session), '');
    const bad = await session.run(edit('<system><bogus-statement/></system>'));
    assert.deepEqual(bad.errors.map((error) => [error.message, error.badElement, error.path]), [['syntax error', 'bogus-statement', '[edit system]']]);
  });

  it('default-operation replace: the data becomes the whole candidate', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const running = await session.run('<get-config><source><running/></source></get-config>');
    const configuration = payloadElements(running)[0]?.children[0];
    assert.ok(configuration !== undefined);
    const xml = running.payload.replace(/^<data>\n/, '').replace(/<\/data>\n$/, '').replace('</configuration>', '<system><location><building>r9</building></location></system></configuration>');
    const result = await session.run(`<edit-config><target><candidate/></target><default-operation>replace</default-operation><config>${xml}</config></edit-config>`);
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    const diff = await session.run('<get-configuration compare="rollback" rollback="0" format="text"/>');
    assert.match(textsOf(diff, 'configuration-output')[0] ?? '', /^\[edit system\]\n\+ +location \{\n\+ +building r9;\n\+ +\}$/);
  });

  it('takes Junos config-text', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const result = await session.run(`<edit-config><target><candidate/></target><config-text><configuration-set>set system location building c1</configuration-set></config-text></edit-config>`);
    assert.equal(result.ok, true);
    assert.equal(await location(session), 'set system location building c1');
  });

  it('only the candidate is writable', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run(`<edit-config><target><running/></target><config><configuration/></config></edit-config>`);
    assert.equal(result.errors[0]?.tag, 'operation-not-supported');
  });
});
