#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
"""Records what a real Asterisk does on `module reload res_websocket_client` (tests/parity/reload).

Not run by the tests: it needs an Asterisk (GPL; nothing of it belongs here) with res_ari,
res_websocket_client, HTTP and ARI enabled, an ARI user, and `debug` in the log file's levels
(ARI's outbound websocket says whether it reconnects only at debug level). For each case of
cases.py it starts that Asterisk afresh from the case's BEFORE files (so that no object
survives from an earlier case), with ari.conf's outbound websocket `wscm_out` on the case's
client, waits for that websocket to connect to the recorder's own WebSocket listener on
127.0.0.1, reads every object through ARI's GET, writes the AFTER files, reloads, and
records the CLI's answer, the new log lines, the objects again, `ari show
outbound-websockets` before and after, and every connection the listener saw. Passwords in
ARI's answers are replaced with "<redacted>" before anything is written.

usage: record.py --asterisk BIN --conf ASTERISK_CONF --etc CONFDIR --log LOGFILE
                 --ari http://127.0.0.1:PORT --ari-auth USER:PASSWORD --commit SHA [CASE...]
Writes cases/CASE/{before,after}/ (the files as Asterisk read them) and cases/CASE/expected.json."""
import argparse, base64, hashlib, json, os, re, shutil, socket, subprocess, sys, threading, time
import urllib.error, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as reload_cases  # noqa: E402

WS_PORT = 18091
GUID = b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
SECRETS = ('password', 'proxy_password')
REDACTED = '<redacted>'
CASE_FILES = re.compile(r'^(websocket_client\.conf|wsc-.*\.conf)$')


class Listener:
    """A WebSocket server on 127.0.0.1 that accepts every upgrade and notes each connection
    (path, requested protocols) and when it ends, tagged with the phase it happened in."""

    def __init__(self, port):
        self.events = []
        self.phase = 'before'
        self.lock = threading.Lock()
        self.count = 0
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(('127.0.0.1', port))
        self.server.listen(16)
        threading.Thread(target=self.accept, daemon=True).start()

    def note(self, **event):
        with self.lock:
            event['phase'] = self.phase
            self.events.append(event)

    def accept(self):
        while True:
            conn, _ = self.server.accept()
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        data = b''
        while b'\r\n\r\n' not in data:
            chunk = conn.recv(65536)
            if not chunk:
                conn.close()
                return
            data += chunk
        head = data.split(b'\r\n\r\n', 1)[0].decode('latin-1').split('\r\n')
        headers = {}
        for line in head[1:]:
            if ':' in line:
                k, v = line.split(':', 1)
                headers[k.strip().lower()] = v.strip()
        with self.lock:
            self.count += 1
            number = self.count
        path = head[0].split(' ')[1] if len(head[0].split(' ')) > 1 else ''
        protocols = headers.get('sec-websocket-protocol')
        accept = base64.b64encode(hashlib.sha1(headers.get('sec-websocket-key', '').encode()
                                               + GUID).digest()).decode()
        answer = ('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n'
                  'Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n' % accept)
        if protocols:
            answer += 'Sec-WebSocket-Protocol: %s\r\n' % protocols.split(',')[0].strip()
        conn.sendall((answer + '\r\n').encode())
        self.note(event='open', connection=number, path=path, protocols=protocols,
                  authorization='authorization' in headers)
        try:
            self.frames(conn)
        except OSError:
            pass
        conn.close()
        self.note(event='closed', connection=number, path=path)

    @staticmethod
    def frames(conn):
        buf = b''

        def need(n):
            nonlocal buf
            while len(buf) < n:
                chunk = conn.recv(65536)
                if not chunk:
                    raise OSError('eof')
                buf += chunk
            out, buf = buf[:n], buf[n:]
            return out

        while True:
            b0, b1 = need(2)
            length = b1 & 0x7f
            if length == 126:
                length = int.from_bytes(need(2), 'big')
            elif length == 127:
                length = int.from_bytes(need(8), 'big')
            mask = need(4) if b1 & 0x80 else b'\0\0\0\0'
            payload = bytes(c ^ mask[i % 4] for i, c in enumerate(need(length)))
            opcode = b0 & 0x0f
            if opcode == 8:
                conn.sendall(bytes([0x88, len(payload[:125])]) + payload[:125])
                return
            if opcode == 9:
                conn.sendall(bytes([0x8a, len(payload[:125])]) + payload[:125])


class Asterisk:
    def __init__(self, args):
        self.args = args
        self.process = None

    def rx(self, command, check=True):
        run = subprocess.run([self.args.asterisk, '-C', self.args.conf, '-rx', command],
                             capture_output=True, text=True, timeout=30)
        if check and run.returncode != 0:
            raise RuntimeError('%s: %s' % (command, run.stderr or run.stdout))
        return run.stdout

    def start(self):
        self.process = subprocess.Popen([self.args.asterisk, '-C', self.args.conf, '-f'],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 30
        while time.time() < deadline:
            if subprocess.run([self.args.asterisk, '-C', self.args.conf, '-rx',
                               'core waitfullybooted'], capture_output=True).returncode == 0:
                self.rx('core set debug 3 res_ari.so')
                return
            time.sleep(0.2)
        raise RuntimeError('Asterisk did not start')

    def stop(self):
        if self.process is None:
            return
        self.rx('core stop now', check=False)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def ari_get(args, object_id):
    url = '%s/ari/asterisk/config/dynamic/res_websocket_client/websocket_client/%s' % (
        args.ari, urllib.request.quote(object_id, safe=''))
    request = urllib.request.Request(url)
    request.add_header('Authorization',
                       'Basic ' + base64.b64encode(args.ari_auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            fields = {a['attribute']: a['value'] for a in json.load(answer)}
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise
    for name in SECRETS:
        if fields.get(name):
            fields[name] = REDACTED
    return dict(sorted(fields.items()))


SECTION = re.compile(r'^\s*\[([^\]]*)\]', re.M)


def section_ids(files):
    ids = set()
    for text in files.values():
        if text:
            ids.update(m.group(1) for m in SECTION.finditer(text))
    return sorted(ids)


LOG_LINE = re.compile(r'^\[[^\]]*\] (\w+)\[\d+\](?:\[[^\]]*\])? ([^:]+): (.*)$')
UNRELATED = re.compile(r'^Remote UNIX connection|^Asterisk Queue Logger restarted')


def new_log_lines(args, offset):
    with open(args.log, 'rb') as f:
        f.seek(offset)
        text = f.read().decode('utf-8', 'replace')
    out = []
    for line in text.splitlines():
        m = LOG_LINE.match(line)
        if not m or UNRELATED.search(m.group(3)):
            continue
        message = re.sub(r'0x[0-9a-f]+', '0x?', m.group(3)).replace(args.etc, '<confdir>')
        message = re.sub(r'RC: \d+', 'RC: ?', message)  # reference counts vary run to run
        out.append({'level': m.group(1), 'source': m.group(2), 'message': message})
    return out


def table(text):
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def write_files(etc, files):
    for name, text in files.items():
        path = os.path.join(etc, name)
        if text is None:
            if os.path.exists(path):
                os.unlink(path)
        else:
            with open(path, 'w') as f:
                f.write(text)


def ari_conf(client):
    text = ('[general]\nenabled = yes\npretty = yes\n\n[wscm]\ntype = user\nread_only = no\n'
            'password = wscm\npassword_format = plain\n')
    if client:
        text += ('\n[wscm_out]\ntype = outbound_websocket\nwebsocket_client_id = %s\n'
                 'apps = wscm_app\nsubscribe_all = no\nlocal_ari_user = wscm\n' % client)
    return text


def wait_quiet(listener, quiet=1.5, limit=8.0):
    """Until the listener saw nothing new for `quiet` seconds (at most `limit`)."""
    start = time.time()
    seen, since = len(listener.events), time.time()
    while time.time() - start < limit:
        time.sleep(0.1)
        if len(listener.events) != seen:
            seen, since = len(listener.events), time.time()
        elif time.time() - since >= quiet:
            return


def record(args, asterisk, listener, spec, outdir):
    for name in os.listdir(args.etc):
        if CASE_FILES.match(name):
            os.unlink(os.path.join(args.etc, name))
    write_files(args.etc, spec['before'])
    with open(os.path.join(args.etc, 'ari.conf'), 'w') as f:
        f.write(ari_conf(spec['ari_client']))
    after_files = dict(spec['before'])
    if spec['after'] is not None:
        after_files.update(spec['after'])
    after_files = {k: v for k, v in after_files.items() if v is not None}
    ids = sorted(set(section_ids(spec['before'])) | set(section_ids(after_files))
                 | ({spec['ari_client']} if spec['ari_client'] else set()))

    with listener.lock:
        listener.events.clear()
        listener.phase = 'before'
    asterisk.start()
    try:
        if spec['ari_client']:
            deadline = time.time() + 5
            while time.time() < deadline and not listener.events:
                time.sleep(0.1)
        wait_quiet(listener, quiet=1.0)
        objects_before = {i: ari_get(args, i) for i in ids}
        outbound_before = table(asterisk.rx('ari show outbound-websockets'))
        offset = os.path.getsize(args.log)
        with listener.lock:
            listener.phase = 'after'
        if spec['after'] is not None:
            time.sleep(0.05)  # a new mtime whatever the file system's resolution
            write_files(args.etc, spec['after'])
        answer = asterisk.rx('module reload res_websocket_client').strip()
        wait_quiet(listener)
        log = new_log_lines(args, offset)
        objects_after = {i: ari_get(args, i) for i in ids}
        outbound_after = table(asterisk.rx('ari show outbound-websockets'))
        detail = (table(asterisk.rx('ari show outbound-websocket wscm_out'))
                  if spec['ari_client'] else [])
        with listener.lock:
            seen = listener.events[:]  # before Asterisk's stop closes them
    finally:
        asterisk.stop()

    folder = os.path.join(outdir, spec['name'])
    shutil.rmtree(folder, ignore_errors=True)
    for side, files in (('before', spec['before']), ('after', after_files)):
        os.makedirs(os.path.join(folder, side))
        write_files(os.path.join(folder, side), {k: v for k, v in files.items()
                                                 if v is not None})
    expected = {
        'description': spec['description'],
        'asterisk': args.commit,
        'written': None if spec['after'] is None else sorted(spec['after']),
        'ari_outbound_websocket': ({'id': 'wscm_out', 'websocket_client_id': spec['ari_client']}
                                   if spec['ari_client'] else None),
        'cli': answer,
        'log': log,
        'objects_before': objects_before,
        'objects_after': objects_after,
        'outbound_websockets_before': outbound_before,
        'outbound_websockets_after': outbound_after,
        'outbound_websocket_after': detail,
        'listener': seen,
    }
    with open(os.path.join(folder, 'expected.json'), 'w') as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write('\n')
    return expected


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--asterisk', required=True)
    parser.add_argument('--conf', required=True, help="the instance's asterisk.conf")
    parser.add_argument('--etc', required=True, help="the instance's config folder")
    parser.add_argument('--log', required=True, help="the instance's log file (with debug)")
    parser.add_argument('--ari', required=True)
    parser.add_argument('--ari-auth', required=True)
    parser.add_argument('--commit', required=True)
    parser.add_argument('--out', default=os.path.join(HERE, 'cases'))
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    listener = Listener(WS_PORT)
    asterisk = Asterisk(args)
    for spec in reload_cases.CASES:
        if args.names and spec['name'] not in args.names:
            continue
        got = record(args, asterisk, listener, spec, args.out)
        changed = [i for i in got['objects_after']
                   if got['objects_after'][i] != got['objects_before'][i]]
        print('%-32s %s; objects changed: %s; listener: %s' % (
            spec['name'], got['cli'], ','.join(changed) or '-',
            ' '.join('%s%d%s' % (e['event'][0], e['connection'], e.get('path', ''))
                     for e in got['listener'] if e['phase'] == 'after') or '-'))


if __name__ == '__main__':
    main()
