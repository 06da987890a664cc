import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXmlDocument, parseXmlFragments, XmlParseError } from './xml-parse.js';

const NC = 'urn:ietf:params:xml:ns:netconf:base:1.0';

describe('parseXmlDocument', () => {
  it('gives local names, namespaces and attributes by local name', () => {
    const rpc = parseXmlDocument(
      `<?xml version="1.0" encoding="UTF-8"?><nc:rpc xmlns:nc="${NC}" message-id="urn:uuid:1"><nc:load-configuration action="set" format="text"><nc:configuration-set>set system location building b1</nc:configuration-set></nc:load-configuration></nc:rpc>`,
    );
    assert.equal(rpc.name, 'rpc');
    assert.equal(rpc.namespace, NC);
    assert.deepEqual(rpc.attributes, { 'message-id': 'urn:uuid:1' });
    const load = rpc.children[0];
    assert.equal(load?.name, 'load-configuration');
    assert.deepEqual(load?.attributes, { action: 'set', format: 'text' });
    assert.equal(load?.children[0]?.text, 'set system location building b1');
  });

  it('reads unqualified and default-namespace requests alike', () => {
    assert.equal(parseXmlDocument('<get-route-engine-information/>').namespace, undefined);
    const rpc = parseXmlDocument(`<rpc xmlns="${NC}"><get-software-information/></rpc>`);
    assert.equal(rpc.children[0]?.name, 'get-software-information');
    assert.equal(rpc.children[0]?.namespace, NC);
  });

  it('decodes entities and keeps text untrimmed', () => {
    const command = parseXmlDocument('<command format="text"> show route | match &quot;10&amp;&lt;&#65;&quot; </command>');
    assert.equal(command.text, ' show route | match "10&<A" ');
    assert.equal(parseXmlDocument('<a><![CDATA[x < y]]></a>').text, 'x < y');
  });

  it('accepts an undeclared prefix, its namespace unknown', () => {
    const configuration = parseXmlDocument('<configuration junos:commit-seconds="1"><system nc:operation="delete"/></configuration>');
    assert.deepEqual(configuration.attributes, { 'commit-seconds': '1' });
    assert.deepEqual(configuration.children[0]?.attributes, { operation: 'delete' });
  });

  it('refuses malformed XML with the place saxes reports', () => {
    assert.throws(() => parseXmlDocument('<a><b></a>'), (error: unknown) => error instanceof XmlParseError && /malformed XML: 1:10/.test(error.message));
    assert.throws(() => parseXmlDocument('<a>'), XmlParseError);
    assert.throws(() => parseXmlDocument(''), XmlParseError);
    assert.throws(() => parseXmlDocument('<a/><b/>'), XmlParseError);
    assert.throws(() => parseXmlDocument('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'), XmlParseError);
  });
});

describe('parseXmlFragments', () => {
  it('reads several top-level elements (a REST body)', () => {
    const rpcs = parseXmlFragments('<?xml version="1.0"?>\n<get-software-information/>\n<get-route-engine-information/>\n');
    assert.deepEqual(
      rpcs.map((rpc) => rpc.name),
      ['get-software-information', 'get-route-engine-information'],
    );
    assert.deepEqual(parseXmlFragments('  '), []);
  });

  it('refuses text between the elements', () => {
    assert.throws(() => parseXmlFragments('<a/> hello <b/>'), XmlParseError);
  });
});
