#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
"""Records what a real Asterisk sends when the dialplan dials WebSocket/<id>/<options>
(tests/parity/dial): the v() parameters in the upgrade request, byte for byte.

Not run by the tests: it needs an Asterisk built outside this repository (GPL; nothing of it
belongs here) with pbx_config, app_dial and chan_websocket, and uses ../recorder/record.py for
the listeners and the file format. For each case it writes the case's websocket_client.conf,
an extensions.conf with one extension per dial string (Dial(<dial>)), and originates a Local
channel into each extension in turn; every request the listeners got and the WARNING/ERROR
lines Asterisk logged meanwhile go to CASE/recorded.json, the dial strings with them.

usage: record_dial.py OUTDIR [CASE...]
environment: as record.py (ASTERISK_CLI, ASTERISK_ETC, ASTERISK_LOG), and ASTERISK_ARI (the
             instance's ARI, default http://wscm:wscm@127.0.0.1:8088: calls are originated there)"""
import base64, os, re, sys, time, urllib.parse, urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'recorder'))
import record  # noqa: E402
from cases_dial import CASES  # noqa: E402

CONTEXT = 'wscm-dial'
ARI = urllib.parse.urlsplit(os.environ.get('ASTERISK_ARI', 'http://wscm:wscm@127.0.0.1:8088'))


def originate(extension):
    """A Local channel whose ;2 side runs `extension` (the Dial) and ;1 side only waits."""
    query = urllib.parse.urlencode({'endpoint': 'Local/%s@%s' % (extension, CONTEXT),
                                    'context': CONTEXT, 'extension': 'wait', 'priority': 1})
    request = urllib.request.Request('%s://%s:%d/ari/channels?%s' % (ARI.scheme, ARI.hostname, ARI.port, query),
                                     method='POST')
    credentials = base64.b64encode(('%s:%s' % (ARI.username, ARI.password)).encode()).decode()
    request.add_header('Authorization', 'Basic ' + credentials)
    urllib.request.urlopen(request, timeout=10).read()


def logged(start):
    """WARNING and ERROR lines since `start`, without date, thread and call ids, and with the
    Local channel's name (a counter) as @CHANNEL@."""
    with open(record.LOG, 'rb') as f:
        f.seek(start)
        text = f.read().decode('utf-8', 'replace')
    lines = []
    for line in text.splitlines():
        m = re.match(r'^\[[^\]]*\] (WARNING|ERROR)\[\d+\](?:\[[^\]]*\])? (.*)$', line)
        if m:
            lines.append('%s %s' % (m.group(1), re.sub(r'Local/\d+@%s-[0-9a-f]+;\d' % CONTEXT,
                                                       '@CHANNEL@', m.group(2))))
    return lines


def unport_text(text, ports):
    """A log line (UTF-8 text, unlike the requests' bytes) with the ports as placeholders."""
    for placeholder, port in ports.items():
        text = text.replace(port, placeholder)
    return text


def run_dial_case(name, case, outroot):
    ports, listeners, records = record.start_case(case)
    dials = case['dials']
    with open(record.ETC + '/extensions.conf', 'w') as f:
        f.write('[general]\nstatic = yes\nwriteprotect = yes\n\n[%s]\n' % CONTEXT)
        for i, dial in enumerate(dials, 1):
            f.write('exten => %d,1,Dial(%s)\n same => n,Hangup()\n' % (i, dial))
        f.write('exten => wait,1,Wait(1)\n same => n,Hangup()\n')
    record.cli('dialplan reload')
    time.sleep(0.3)
    start = record.log_size()
    for i in range(1, len(dials) + 1):
        originate(i)
        time.sleep(case.get('linger', 2.5))
    record.cli('channel request hangup all')
    time.sleep(0.5)
    record.stop_listeners(listeners)
    unport = record.unported(ports)
    rec = {'case': name, 'asterisk': 'f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9',
           'note': case.get('note', ''), 'dials': dials,
           'listeners': {k: record.listener_spec(v) for k, v in case['listeners'].items()},
           'connections': record.connections(records, unport),
           'log': [unport_text(x, ports) for x in logged(start)]}
    record.write_case(outroot, name, case['conf'], rec)
    return rec


if __name__ == '__main__':
    outroot = sys.argv[1]
    only = sys.argv[2:]
    for name, case in CASES.items():
        if only and name not in only:
            continue
        rec = run_dial_case(name, case, outroot)
        print('==', name, rec['dials'])
        for c in rec['connections']:
            for q in c['requests']:
                print('     ' + q.split('\r\n')[0])
        for line in rec['log']:
            print('   log:', line)
