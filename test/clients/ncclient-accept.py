#!/usr/bin/python3
"""ncclient 0.6.13 (python3-ncclient, Junos device handler) against retwin's NETCONF: clients.md
sections 1, 4 and 9.2.

Usage:
    /usr/bin/python3 ncclient-accept.py --port NETCONF_PORT [--cli-port CLI_PORT]
        [--host 127.0.0.1] [--user lab] [--password lab123] [--deadline S]

Pass 1, over the `netconf` subsystem of the NETCONF port: the hello (numeric session-id, a junos
capability, no base:1.1 so the framing stays `]]>]]>`), get-route-engine-information (master,
backup), a text command, lock, load_configuration(action='set'), compare_configuration,
validate, commit(synchronize=True, comment=...) with the three routing-engine results re0 / re1 /
re0, rollback(0), discard_changes, unlock, get_configuration(format='set'), an unknown RPC
(RPCError 'syntax error'), close_session.

With --cli-port, then the exec fallback (clients.md §1.1): the router's `system services netconf
ssh` is deleted (commit over pass 1's kind of session), so the `netconf` subsystem is refused,
and ncclient, connected to the CLI port (Junos's 22), falls back to the exec request `xml-mode
netconf need-trailer` on a new channel; pass 2 runs the same checks over that channel, then puts
`netconf ssh` back. The router's configuration changes: give the script a router of its own.

Prints `ok <step>: <result>  [seconds]` per step and `NCCLIENT OK` at the end; prints `FAIL ...`
and exits 1 on the first mismatch or exception. Every step runs under its own SIGALRM timeout
(ncclient's own RPC timeout is lowered too), and the whole run has a deadline.
"""
import argparse
import logging
import os
import threading
from accept_steps import expect, fail, run_step, say  # noqa: E402 - beside this script

class Rejections(logging.Handler):
    """Collects ncclient's `(subsystem request rejected)` log lines: the fallback's trigger."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.lines = []

    def emit(self, record):
        message = record.getMessage()
        if 'subsystem request rejected' in message:
            self.lines.append(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, required=True, help='the NETCONF port (830 on Junos)')
    parser.add_argument('--cli-port', type=int, default=None, help='the CLI port (22 on Junos): run pass 2 over the exec fallback')
    parser.add_argument('--user', default='lab')
    parser.add_argument('--password', default='lab123')
    parser.add_argument('--deadline', type=int, default=100, help='seconds for the whole run')
    args = parser.parse_args()

    watchdog = threading.Timer(args.deadline, lambda: fail(f'not done within {args.deadline} s (the router hangs?)'))
    watchdog.daemon = True
    watchdog.start()

    from ncclient import manager
    from ncclient.operations.rpc import RPCError
    from ncclient.xml_ import to_ele

    rejections = Rejections()
    ssh_logger = logging.getLogger('ncclient.transport.ssh')
    ssh_logger.setLevel(logging.INFO)
    ssh_logger.addHandler(rejections)

    def connect(port):
        m = manager.connect(host=args.host, port=port, username=args.user, password=args.password,
                            hostkey_verify=False, look_for_keys=False, allow_agent=False,
                            device_params={'name': 'junos'}, timeout=20)
        return m

    def session_checks(m, label, building):
        def hello():
            expect(str(m.session_id).isdigit(), f'session_id {m.session_id!r}')
            caps = list(m.server_capabilities)
            expect(any('junos' in cap for cap in caps), f'no junos capability in {caps}')
            expect('urn:ietf:params:netconf:base:1.1' not in caps, 'base:1.1 advertised')
            return f'session_id {m.session_id}, {len(caps)} capabilities, a junos one, no base:1.1'
        run_step(f'{label} hello', hello)

        def route_engines():
            reply = m.rpc(to_ele('<get-route-engine-information/>'))
            states = [e.text for e in reply.xpath('//mastership-state')]
            expect(states == ['master', 'backup'], f'mastership states {states}')
            return ', '.join(states)
        run_step(f'{label} get-route-engine-information', route_engines)

        def command_text():
            reply = m.command('show chassis routing-engine', format='text')
            text = ''.join(e.text or '' for e in reply.xpath('//output'))
            expect('Backup' in text and 'Master' in text, f'output {text!r}')
            return 'output names Master and Backup'
        run_step(f"{label} command('show chassis routing-engine', format='text')", command_text)

        def has_ok(reply, what):
            expect(reply.xpath('//ok'), f'{what}: no <ok/> in {reply}')
            return '<ok/>'

        run_step(f"{label} lock(target='candidate')", lambda: has_ok(m.lock(target='candidate'), 'lock'))
        run_step(f"{label} load_configuration(action='set', building {building})",
                 lambda: has_ok(m.load_configuration(action='set', config=[f'set system location building {building}']), 'load'))

        def compare():
            reply = m.compare_configuration(0)
            text = ''.join(e.text or '' for e in reply.xpath('//configuration-output'))
            added = [line for line in text.splitlines() if line.startswith('+') and line.strip('+ ') == f'building {building};']
            expect('[edit system' in text and added, f'compare {text!r}')
            return ' | '.join(line for line in text.strip().splitlines())
        run_step(f'{label} compare_configuration(0)', compare)

        def validate():
            reply = m.validate(source='candidate')
            expect(not reply.xpath('//rpc-error'), f'validate: {reply}')
            return 'no rpc-error'
        run_step(f"{label} validate(source='candidate')", validate)

        def commit():
            reply = m.commit(synchronize=True, comment=f'ncclient {label}')
            engines = reply.xpath('//routing-engine')
            names = [e.findtext('name') for e in engines]
            results = [[c.tag for c in e if c.tag != 'name'] for e in engines]
            expect(names == ['re0', 're1', 're0'], f'routing-engine names {names}')
            expect(results == [['commit-check-success'], ['commit-success'], ['commit-success']], f'results {results}')
            return ', '.join(f'{n} {r[0]}' for n, r in zip(names, results))
        run_step(f'{label} commit(synchronize=True, comment=...)', commit)

        def rollback():
            m.load_configuration(action='set', config=['set system location floor 42'])
            has_ok(m.rollback(0), 'rollback(0)')
            text = ''.join(e.text or '' for e in m.compare_configuration(0).xpath('//configuration-output'))
            expect(text.strip() == '', f'diff after rollback(0) {text!r}')
            return '<ok/>, floor 42 gone'
        run_step(f'{label} rollback(0)', rollback)
        run_step(f'{label} discard_changes()', lambda: has_ok(m.discard_changes(), 'discard_changes'))
        run_step(f"{label} unlock(target='candidate')", lambda: has_ok(m.unlock(target='candidate'), 'unlock'))

        def config_set():
            reply = m.get_configuration(format='set')
            text = ''.join(e.text or '' for e in reply.xpath('//configuration-set'))
            expect(f'set system location building {building}' in text, f'building {building} not in the set configuration')
            return f'set system location building {building} present'
        run_step(f"{label} get_configuration(format='set')", config_set)

        def unknown():
            try:
                m.rpc('<get-no-such-thing/>')
            except RPCError as error:
                expect(error.message == 'syntax error', f'message {error.message!r}')
                expect('get-no-such-thing' in (error.info or ''), f'info {error.info!r}')
                return f'RPCError {error.message!r}, bad-element get-no-such-thing'
            fail('no RPCError')
        run_step(f"{label} rpc('<get-no-such-thing/>')", unknown)

    def connect_subsystem():
        connect_holder['m'] = connect(args.port)
        return f"channel {connect_holder['m']._session._channel.get_name()}"
    run_step('pass 1 connect (subsystem, NETCONF port)', connect_subsystem)
    m = connect_holder['m']
    session_checks(m, 'pass 1', 'b2')

    if args.cli_port is not None:
        def disable_subsystem():
            m.lock(target='candidate')
            m.load_configuration(action='set', config=['delete system services netconf ssh'])
            m.commit(comment='ncclient: NETCONF over the CLI port only')
            m.unlock(target='candidate')
            return 'system services netconf ssh deleted and committed'
        run_step('delete system services netconf ssh', disable_subsystem)
    run_step('pass 1 close_session()', lambda: (m.close_session(), 'closed')[1])

    if args.cli_port is not None:
        def connect_fallback():
            m2 = connect(args.cli_port)
            channel = m2._session._channel.get_name()
            expect(rejections.lines, 'ncclient did not log a refused subsystem')
            expect(channel.startswith('netconf-command-'), f'channel {channel!r} is not the exec fallback')
            connect_holder['m2'] = m2
            return f'subsystem refused ({rejections.lines[0]!r}), channel {channel} (exec xml-mode netconf need-trailer)'
        run_step('pass 2 connect (CLI port: subsystem refused, exec fallback)', connect_fallback)
        m2 = connect_holder['m2']
        session_checks(m2, 'pass 2', 'b2x')

        def restore():
            m2.lock(target='candidate')
            m2.load_configuration(action='set', config=['set system services netconf ssh'])
            m2.commit(comment='ncclient: NETCONF port back')
            m2.unlock(target='candidate')
            return 'set system services netconf ssh committed'
        run_step('restore system services netconf ssh', restore)
        run_step('pass 2 close_session()', lambda: (m2.close_session(), 'closed')[1])

        def subsystem_back():
            m3 = connect(args.port)
            states = [e.text for e in m3.rpc(to_ele('<get-route-engine-information/>')).xpath('//mastership-state')]
            m3.close_session()
            expect(states == ['master', 'backup'], f'states {states}')
            return 'NETCONF port answers again'
        run_step('pass 3 connect (subsystem back)', subsystem_back)

    say('NCCLIENT OK')
    os._exit(0)


connect_holder = {}

if __name__ == '__main__':
    main()
