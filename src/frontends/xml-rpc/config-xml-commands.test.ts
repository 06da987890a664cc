import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfiguration } from '../../config/load.js';
import { newConfiguration } from '../../config/node.js';
import { junosSchema } from '../../schema/junos.js';
import { jsonConfigurationElement } from './config-json-element.js';
import { xmlToCommands } from './config-xml-commands.js';
import { parseXmlDocument } from './xml-parse.js';

const empty = newConfiguration(junosSchema);

function commands(xml: string, options: Partial<Parameters<typeof xmlToCommands>[2]> = {}) {
  return xmlToCommands(parseXmlDocument(xml), junosSchema, { current: empty, replaceAttribute: true, ...options });
}

describe('xmlToCommands', () => {
  it('maps elements to set commands: keys, nokeyword lists and leaves, flags, leaf-lists, quoting', () => {
    const out = commands(
      '<configuration><system><host-name>r1</host-name><backup-router><address>10.0.0.1</address><destination>10.0.0.0/8</destination></backup-router>' +
        '<login><message>hi there</message><user><name>ann</name><class>super-user</class></user></login><services><ssh/></services></system>' +
        '<interfaces><interface><name>fxp0</name><unit><name>0</name><family><inet><address><name>10.0.0.2/24</name></address></inet></family></unit></interface></interfaces></configuration>',
    );
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.lines, [
      'set system host-name r1',
      'set system backup-router 10.0.0.1 destination 10.0.0.0/8',
      'set system login message "hi there"',
      'set system login user ann class super-user',
      'set system services ssh',
      'set interfaces fxp0 unit 0 family inet address 10.0.0.2/24',
    ]);
    assert.deepEqual(out.paths[3], ['system', 'login', 'user', 'ann', 'class', 'super-user']);
  });

  it('deletes, replaces and marks; existence is judged against the current tree', () => {
    const current = loadConfiguration('set system location building b1', junosSchema, 'set').tree;
    const out = commands(
      '<configuration><system><location replace="replace"><floor>2</floor></location><host-name delete="delete"/><ntp inactive="inactive"><server><name>10.0.0.9</name></server></ntp></system></configuration>',
      { current },
    );
    assert.deepEqual(out.lines, ['delete system location', 'set system location floor 2', 'delete system host-name', 'set system ntp server 10.0.0.9', 'deactivate system ntp']);
  });

  it('reports an unknown element with its level', () => {
    const out = commands('<configuration><system><bogus/></system><nonsense/></configuration>');
    assert.deepEqual(
      out.errors.map((error) => [error.message, error.badElement, error.path]),
      [
        ['syntax error', 'bogus', '[edit system]'],
        ['syntax error', 'nonsense', '[edit]'],
      ],
    );
  });
});

describe('jsonConfigurationElement', () => {
  it('reads Junos JSON as the XML it stands for', () => {
    const element = jsonConfigurationElement(
      JSON.stringify({ configuration: { system: { 'host-name': 'r1', '@host-name': { inactive: true }, services: { ssh: [null] }, 'name-server': [{ name: '10.0.0.53' }] } } }),
    );
    const out = xmlToCommands(element, junosSchema, { current: empty, replaceAttribute: false });
    assert.deepEqual(out.lines, ['set system host-name r1', 'deactivate system host-name', 'set system services ssh', 'set system name-server 10.0.0.53']);
  });
});
