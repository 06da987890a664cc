#!/usr/bin/python3
"""The Junos REST API of retwin, driven with Python's urllib as a script would: clients.md
sections 5 and 9.6.

Usage:
    /usr/bin/python3 rest-accept.py --port REST_PORT [--netconf-port PORT] [--host 127.0.0.1]
        [--user lab] [--password lab123] [--deadline S]

Checks: GET /rpc/get-route-engine-information (XML, two route-engines; JSON with
Accept: application/json; get-software-information@format=json), the query and the path forms
of a parameter giving the same answer, POST /rpc?stop-on-error=1 with two RPCs (multipart/mixed,
two parts in order), a configuration change in one POST (lock, load set, commit, unlock) seen
afterwards through NETCONF get-configuration (ncclient, with --netconf-port) and through REST,
a POST whose bad RPC in the middle stops the rest (nothing committed), and a wrong password
(401). The router's configuration changes: give the script a router of its own.

Prints `ok <step>: <result>  [seconds]` per step and `REST OK` at the end; prints `FAIL ...` and
exits 1 on the first mismatch. Every request has a timeout, and the whole run a deadline.
"""
import argparse
import base64
import email.parser
import email.policy
import json
import os
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from accept_steps import expect, fail, run_step, say  # noqa: E402 - beside this script

TIMEOUT = 15


def local(tag):
    """An element's local name, without its {namespace}."""
    return tag.rsplit('}', 1)[-1]


def find_all(root, name):
    return [e for e in root.iter() if local(e.tag) == name]


class Rest:
    def __init__(self, host, port, user, password):
        self.base = f'http://{host}:{port}'
        self.auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()

    def request(self, method, path, body=None, headers=None, auth=None):
        data = None if body is None else body.encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header('Authorization', auth or self.auth)
        if body is not None:
            request.add_header('Content-Type', 'application/xml')
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()


def parts_of(headers, body):
    """The parts of a multipart/mixed body: [(content type, text)]."""
    content_type = headers.get('Content-Type', '')
    expect(content_type.startswith('multipart/mixed') and 'boundary=' in content_type, f'Content-Type {content_type!r}')
    message = email.parser.Parser(policy=email.policy.HTTP).parsestr(f'Content-Type: {content_type}\r\n\r\n{body}')
    expect(message.is_multipart(), 'the body is not multipart')
    return [(part.get_content_type(), part.get_payload()) for part in message.iter_parts()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, required=True, help='the REST port (3000 on Junos)')
    parser.add_argument('--netconf-port', type=int, default=None, help='check the REST commit through NETCONF too')
    parser.add_argument('--user', default='lab')
    parser.add_argument('--password', default='lab123')
    parser.add_argument('--deadline', type=int, default=60, help='seconds for the whole run')
    args = parser.parse_args()

    watchdog = threading.Timer(args.deadline, lambda: fail(f'not done within {args.deadline} s (the router hangs?)'))
    watchdog.daemon = True
    watchdog.start()

    rest = Rest(args.host, args.port, args.user, args.password)

    def route_engines_xml():
        status, headers, body = rest.request('GET', '/rpc/get-route-engine-information')
        expect(status == 200, f'status {status}: {body}')
        root = ET.fromstring(body)
        expect(local(root.tag) == 'route-engine-information', f'root {root.tag!r}')
        engines = find_all(root, 'route-engine')
        states = [''.join(x.text or '' for x in find_all(e, 'mastership-state')) for e in engines]
        expect(states == ['master', 'backup'], f'states {states}')
        return f"200 {headers.get('Content-Type')}, {len(engines)} route-engine: {', '.join(states)}"
    run_step('GET /rpc/get-route-engine-information', route_engines_xml)

    def states_json(document):
        return [e['mastership-state'][0]['data'] for e in document['route-engine-information'][0]['route-engine']]

    def route_engines_json():
        status, headers, body = rest.request('GET', '/rpc/get-route-engine-information', headers={'Accept': 'application/json'})
        expect(status == 200, f'status {status}: {body}')
        states = states_json(json.loads(body))
        expect(states == ['master', 'backup'], f'states {states}')
        return f"200 {headers.get('Content-Type')}, mastership-state data {', '.join(states)}"
    run_step('GET /rpc/get-route-engine-information (Accept: application/json)', route_engines_json)

    def software_json():
        status, _headers, body = rest.request('GET', '/rpc/get-software-information@format=json')
        expect(status == 200, f'status {status}: {body}')
        info = json.loads(body)['software-information'][0]
        host, version = info['host-name'][0]['data'], info['junos-version'][0]['data']
        expect(host == 'r1-re0' and version == '17.3R1.10', f'host {host!r}, version {version!r}')
        return f'host-name {host}, junos-version {version}'
    run_step('GET /rpc/get-software-information@format=json', software_json)

    def parameter_forms():
        by_query = rest.request('GET', '/rpc/get-interface-information?interface-name=em0')
        by_path = rest.request('GET', '/rpc/get-interface-information/interface-name=em0')
        expect(by_query[0] == 200 and by_path[0] == 200, f'statuses {by_query[0]}, {by_path[0]}')
        expect(by_query[2] == by_path[2], f'different answers:\n{by_query[2]}\n---\n{by_path[2]}')
        names = [x.text for x in find_all(ET.fromstring(by_query[2]), 'name')]
        expect(names[:1] == ['em0'], f'names {names}')
        return f'same answer, interfaces {names}'
    run_step('GET ?interface-name=em0 and /interface-name=em0', parameter_forms)

    def two_rpcs():
        status, headers, body = rest.request('POST', '/rpc?stop-on-error=1', body='<get-software-information/><get-route-engine-information/>')
        expect(status == 200, f'status {status}: {body}')
        parts = parts_of(headers, body)
        roots = [local(ET.fromstring(text.strip()).tag) for _type, text in parts]
        expect(roots == ['software-information', 'route-engine-information'], f'parts {roots}')
        return f"{headers['Content-Type']}; parts {', '.join(roots)}"
    run_step('POST /rpc?stop-on-error=1 (two RPCs)', two_rpcs)

    def configure():
        body = ('<lock-configuration/>'
                '<load-configuration action="set" format="text"><configuration-set>set system location building b6</configuration-set></load-configuration>'
                '<commit-configuration><log>rest</log></commit-configuration>'
                '<unlock-configuration/>')
        status, headers, text = rest.request('POST', '/rpc?stop-on-error=1', body=body)
        expect(status == 200, f'status {status}: {text}')
        parts = parts_of(headers, text)
        expect(len(parts) == 4, f'{len(parts)} parts: {parts}')
        expect(not any('rpc-error' in part for _type, part in parts), f'an rpc-error: {parts}')
        return '4 parts, no rpc-error'
    run_step('POST /rpc?stop-on-error=1 (lock, load set, commit, unlock)', configure)

    def committed_location_rest():
        status, _headers, body = rest.request('GET', '/rpc/get-configuration@database=committed')
        expect(status == 200, f'status {status}: {body}')
        buildings = [x.text for x in find_all(ET.fromstring(body), 'building')]
        expect(buildings == ['b6'], f'buildings {buildings}')
        return 'building b6 committed'
    run_step('GET /rpc/get-configuration@database=committed', committed_location_rest)

    if args.netconf_port is not None:
        def committed_location_netconf():
            from ncclient import manager
            with manager.connect(host=args.host, port=args.netconf_port, username=args.user, password=args.password,
                                 hostkey_verify=False, look_for_keys=False, allow_agent=False,
                                 device_params={'name': 'junos'}, timeout=TIMEOUT) as m:
                text = ''.join(e.text or '' for e in m.get_configuration(format='set').xpath('//configuration-set'))
            expect('set system location building b6' in text, 'building b6 not in the set configuration')
            return 'set system location building b6'
        run_step('NETCONF get_configuration(format=set) sees the REST commit', committed_location_netconf)

    def stop_on_error():
        body = ('<lock-configuration/>'
                '<load-configuration action="set" format="text"><configuration-set>set system location floor 5</configuration-set></load-configuration>'
                '<get-no-such-thing/>'
                '<commit-configuration/>'
                '<unlock-configuration/>')
        status, headers, text = rest.request('POST', '/rpc?stop-on-error=1', body=body)
        expect(status == 200, f'status {status}: {text}')
        parts = parts_of(headers, text)
        expect(len(parts) == 3, f'{len(parts)} parts, wanted 3 (stopped at the bad RPC): {parts}')
        expect('syntax error' in parts[2][1] and 'get-no-such-thing' in parts[2][1], f'third part {parts[2]}')
        status, _headers, body = rest.request('GET', '/rpc/get-configuration@database=committed')
        floors = [x.text for x in find_all(ET.fromstring(body), 'floor')]
        expect('5' not in floors, f'floor 5 committed: {floors}')
        return '3 parts, the third the syntax error; the commit never ran'
    run_step('POST /rpc?stop-on-error=1 with a bad RPC in the middle', stop_on_error)

    def wrong_password():
        bad = 'Basic ' + base64.b64encode(f'{args.user}:wrong'.encode()).decode()
        status, headers, _body = rest.request('GET', '/rpc/get-software-information', auth=bad)
        expect(status == 401, f'status {status}')
        return f"401, WWW-Authenticate {headers.get('WWW-Authenticate')!r}"
    run_step('wrong password', wrong_password)

    say('REST OK')
    os._exit(0)


if __name__ == '__main__':
    main()
