#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
"""Records what a real Asterisk sends and logs when it connects (tests/parity/wire, retry, tls).

Not run by the tests: it needs an Asterisk built outside this repository (GPL; nothing of it
belongs here) with a small module of ours that adds the CLI command
`wscmoracle connect CLIENT OUTFILE` (ast_websocket_client_connect() once, result as JSON, log
lines between "WSCMORACLE CONNECT BEGIN/END" markers). For each case it writes the case's
websocket_client.conf into the instance's config folder, reloads res_websocket_client,
starts loopback listeners that behave as the case says, runs the command, and writes
CASE/websocket_client.conf and CASE/recorded.json: every byte each listener got, the result
and the log lines. Ports and the certificate folder are @PORT@, @PROXYPORT@ and @CERTS@ in
what it writes; TestNetworkParity replays the cases against wscm.

usage: record.py CASES_MODULE OUTDIR [CASE...]
environment: ASTERISK_CLI (a command taking a CLI line, default /tmp/ast/cli 2),
             ASTERISK_ETC, ASTERISK_LOG (the instance's config folder and log file),
             CERTS (a folder filled by ../tls/make-certs.sh)"""
import base64, hashlib, json, os, re, socket, ssl, subprocess, sys, threading, time

CLI = os.environ.get('ASTERISK_CLI', '/tmp/ast/cli 2').split()
ETC = os.environ.get('ASTERISK_ETC', '/tmp/ast/run2/etc')
LOG = os.environ.get('ASTERISK_LOG', '/tmp/ast/run2/log/oracle.log')
CERTS = os.environ.get('CERTS', '/tmp/pwire/tlscerts')
GUID = b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11'


def free_port(family=socket.AF_INET):
    s = socket.socket(family)
    s.bind(('::1' if family == socket.AF_INET6 else '127.0.0.1', 0))
    p = s.getsockname()[1]
    s.close()
    return p


def read_head(conn, timeout=4):
    conn.settimeout(timeout)
    data = b''
    try:
        while b'\r\n\r\n' not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
    except Exception:
        pass
    return data


def answer_101(request, protocol_answer=None):
    key = b''
    protos = None
    for line in request.split(b'\r\n'):
        if line.lower().startswith(b'sec-websocket-key:'):
            key = line.split(b':', 1)[1].strip()
        if line.lower().startswith(b'sec-websocket-protocol:'):
            protos = line.split(b':', 1)[1].strip()
    accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
    out = b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
    out += b'Sec-WebSocket-Accept: ' + accept + b'\r\n'
    if protocol_answer is not None:
        out += b'Sec-WebSocket-Protocol: ' + protocol_answer + b'\r\n'
    elif protos:
        out += b'Sec-WebSocket-Protocol: ' + protos.split(b',')[0].strip() + b'\r\n'
    return out + b'\r\n'


class Listener(threading.Thread):
    """role 'server': request -> answer (101 computed, or bytes); role 'proxy': CONNECT ->
    proxy_answer; when it is 200, the tunnelled request follows on the same socket."""

    def __init__(self, name, host, port, role, spec, records):
        super().__init__(daemon=True)
        self.name_, self.host, self.port, self.role, self.spec, self.records = name, host, port, role, spec, records
        fam = socket.AF_INET6 if ':' in host else socket.AF_INET
        self.sock = socket.socket(fam)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.stop = False
        self.fill = []
        if spec.get('backlog_full'):
            # a full accept queue: the kernel drops further SYNs, so a connect times out
            self.sock.listen(0)
            for _ in range(3):
                c = socket.socket(fam)
                c.setblocking(False)
                try:
                    c.connect((host, port))
                except BlockingIOError:
                    pass
                self.fill.append(c)
            time.sleep(0.3)
            return
        self.sock.listen(16)
        self.sock.settimeout(0.2)

    def tls_wrap(self, conn, entry):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.spec.get('cert', CERTS + '/good.crt'), self.spec.get('key', CERTS + '/good.key'))
        if self.spec.get('max_tls') == '1.2':
            ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        if self.spec.get('require_client_cert'):
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(self.spec['client_ca'])
        def sni(sslsock, name, ctx_):
            entry['sni'] = name
        ctx.sni_callback = sni
        entry['sni'] = None
        try:
            return ctx.wrap_socket(conn, server_side=True)
        except Exception as e:
            entry['tls_error'] = str(e)
            return None

    def serve_request(self, conn, entry, tls):
        if tls:
            conn = self.tls_wrap(conn, entry)
            if conn is None:
                return
            entry['tls'] = True
            entry['tls_version'] = conn.version()
        req = read_head(conn)
        entry.setdefault('requests', []).append(req)
        ans = self.spec.get('answer', '101')
        if ans == '101':
            conn.sendall(answer_101(req, self.spec.get('protocol_answer')))
            # wait for the client to close (Asterisk closes at once on success)
            conn.settimeout(3)
            try:
                while conn.recv(4096):
                    pass
            except Exception:
                pass
        elif ans == 'silent':
            time.sleep(self.spec.get('silent_s', 2.5))
        elif ans:
            conn.sendall(ans.encode() if isinstance(ans, str) else ans)
        conn.close()

    def run(self):
        if self.spec.get('backlog_full'):
            while not self.stop:
                time.sleep(0.1)
            return
        while not self.stop:
            try:
                conn, addr = self.sock.accept()
            except socket.timeout:
                continue
            entry = {'listener': self.name_, 'tls': False}
            self.records.append(entry)
            try:
                if self.role == 'server':
                    self.serve_request(conn, entry, self.spec.get('tls', False))
                else:
                    req = read_head(conn)
                    entry.setdefault('requests', []).append(req)
                    pa = self.spec.get('proxy_answer', '200')
                    if callable(pa):
                        pa = pa(req)
                    if pa == '200':
                        conn.sendall(b'HTTP/1.1 200 Connection established\r\n\r\n')
                        self.serve_request(conn, entry, self.spec.get('tls', False))
                    else:
                        conn.sendall(pa.encode())
                        conn.close()
            except Exception as e:
                entry['error'] = repr(e)
        self.sock.close()


def log_size():
    return os.path.getsize(LOG)


def cli(cmd):
    return subprocess.run(CLI + [cmd], capture_output=True, text=True, timeout=7200).stdout


def log_lines(start):
    for _ in range(50):
        with open(LOG, 'rb') as f:
            f.seek(start)
            text = f.read().decode('utf-8', 'replace')
        if 'WSCMORACLE CONNECT END' in text:
            break
        time.sleep(0.1)
    lines = []
    inside = False
    for line in text.splitlines():
        if 'WSCMORACLE CONNECT BEGIN' in line:
            inside = True
            continue
        if 'WSCMORACLE CONNECT END' in line:
            break
        if inside:
            # drop "[date] " and the thread id: "[Nov 26 12:46:26] ERROR[5628] file.c: text"
            m = re.match(r'^\[[^\]]*\] (\w+)\[\d+\] (.*)$', line)
            lines.append('%s %s' % (m.group(1), m.group(2)) if m else line)
    return lines


def listener_spec(v):
    out = {}
    for k in ('host', 'port', 'role', 'tls', 'max_tls', 'require_client_cert', 'answer', 'proxy_answer',
              'protocol_answer', 'silent_s', 'backlog_full', 'placeholder'):
        if k not in v or v[k] is None and k != 'answer':
            continue
        x = v[k]
        if callable(x):
            x = x.__name__
        if isinstance(x, bytes):
            x = x.decode()
        out[k] = x
    if v.get('tls') and 'cert' in v:
        out['cert'] = os.path.basename(v['cert'])[:-4]
    elif v.get('tls'):
        out['cert'] = 'good'
    return out


def start_case(case):
    """The case's listeners on free ports and its websocket_client.conf loaded by Asterisk:
    (ports by placeholder, listeners, the list their connections are recorded in)."""
    ports = {}
    listeners = []
    records = []
    for lname, l in case.get('listeners', {}).items():
        host = l.get('host', '127.0.0.1')
        port = l.get('port') or free_port(socket.AF_INET6 if ':' in host else socket.AF_INET)
        ports[l.get('placeholder', '@%s@' % lname.upper())] = str(port)
        listeners.append(Listener(lname, host, port, l.get('role', 'server'), l, records))
    if '@PORT@' not in ports:
        ports['@PORT@'] = str(free_port())
    real = case['conf'].replace('@CERTS@', CERTS)
    for ph, p in ports.items():
        real = real.replace(ph, str(p))
    with open(ETC + '/websocket_client.conf', 'w') as f:
        f.write(real)
    cli('module reload res_websocket_client.so')
    time.sleep(0.3)
    for l in listeners:
        l.start()
    return ports, listeners, records


def stop_listeners(listeners):
    for l in listeners:
        l.stop = True
    for l in listeners:
        l.join()


def unported(ports):
    """Text of recorded bytes with the ports and the certificate folder as placeholders."""
    def unport(b):
        s = b.decode('latin-1').replace(CERTS, '@CERTS@')
        for ph, p in ports.items():
            s = s.replace(p, ph)
        return s
    return unport


def connections(records, unport):
    conns = []
    for r in records:
        c = {'listener': r['listener'], 'tls': r.get('tls', False)}
        if 'sni' in r:
            c['sni'] = r['sni']
        if 'tls_version' in r:
            c['tls_version'] = r['tls_version']
        if 'tls_error' in r:
            c['tls_error'] = r['tls_error']
        c['requests'] = [unport(q) for q in r.get('requests', [])]
        conns.append(c)
    return conns


def write_case(outroot, name, conf, rec):
    d = os.path.join(outroot, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'websocket_client.conf'), 'w') as f:
        f.write(conf.replace(CERTS, '@CERTS@'))
    with open(os.path.join(d, 'recorded.json'), 'w') as f:
        json.dump(rec, f, indent=1, sort_keys=True)
        f.write('\n')


def run_case(name, case, outroot):
    ports, listeners, records = start_case(case)
    conf = case['conf']
    start = log_size()
    os.makedirs(outroot, exist_ok=True)
    out = os.path.join(outroot, '.result.json')
    if os.path.exists(out):
        os.unlink(out)
    t0 = time.time()
    cli('wscmoracle connect c %s' % out)
    wall = time.time() - t0
    time.sleep(case.get('linger', 0.5))
    stop_listeners(listeners)
    result = json.load(open(out)) if os.path.exists(out) else None
    lines = log_lines(start)
    unport = unported(ports)
    rec = {'case': name, 'asterisk': 'f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9',
           'note': case.get('note', ''), 'listeners': {k: listener_spec(v) for k, v in case.get('listeners', {}).items()},
           'connections': connections(records, unport), 'result': result,
           'log': [unport(x.encode('latin-1', 'replace')) for x in lines]}
    if result and not case.get('keep_elapsed'):
        rec['result'] = {k: v for k, v in result.items() if k != 'elapsed_ms'}
    write_case(outroot, name, conf, rec)
    return rec, wall


if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import importlib
    mod = importlib.import_module(sys.argv[1])
    outroot = sys.argv[2]
    only = sys.argv[3:] 
    for name, case in mod.CASES.items():
        if only and name not in only:
            continue
        rec, wall = run_case(name, case, outroot)
        print('==', name, rec['result'], '%.1fs' % wall)
        for c in rec['connections']:
            print('  ', c['listener'], 'tls' if c['tls'] else '', c.get('sni', ''), c.get('tls_error', ''))
            for q in c['requests']:
                print('     ' + q.replace('\r\n', '\\r\\n\n     '))
        for l in rec['log']:
            print('   log:', l)
