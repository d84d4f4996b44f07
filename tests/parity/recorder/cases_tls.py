# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""Cases of tests/parity/tls (record.py cases_tls OUTDIR): a certificate of
../tls/make-certs.sh on a loopback TLS server, the client options, what the server does."""
import os

CERTS = os.environ.get('CERTS', '/tmp/pwire/tlscerts')

S = []
def s(name, cert, uri_host, options, server=None, note=''):
    d = {'name': name, 'cert': cert, 'uri': 'wss://%s:@PORT@/tls' % uri_host, 'options': options, 'note': note}
    d['server'] = server or {}
    if uri_host.startswith('['):
        d['server'] = dict(d['server'], host='::1')
    S.append(d)
F = {'ca_list_file': '@CERTS@/ca.crt'}
s('good-cafile', 'good', 'localhost', F)
s('good-hashed-folder', 'good', 'localhost', {'ca_list_path': '@CERTS@/cadir-hashed'})
s('good-unhashed-folder', 'good', 'localhost', {'ca_list_path': '@CERTS@/cadir-unhashed'})
s('good-no-ca', 'good', 'localhost', {})
s('good-no-ca-verify-off', 'good', 'localhost', {'verify_server_cert': 'no'})
s('good-no-ca-hostname-off', 'good', 'localhost', {'verify_server_hostname': 'no'})
s('good-other-hashed-folder', 'good', 'localhost', {'ca_list_path': '@CERTS@/cadir-other-hashed'})
s('good-wrong-cafile-right-folder', 'good', 'localhost', {'ca_list_file': '@CERTS@/otherca.crt', 'ca_list_path': '@CERTS@/cadir-hashed'})
s('good-cafile-missing', 'good', 'localhost', {'ca_list_file': '@CERTS@/no-such-file.crt'})
s('good-cafile-garbage', 'good', 'localhost', {'ca_list_file': '@CERTS@/garbage.pem'})
s('good-ipv4-literal', 'good', '127.0.0.1', F, note='IP SAN present, host is an IP literal')
s('good-ipv6-literal', 'good', '[::1]', F)
s('good-ipv6-literal-hostname-off', 'good', '[::1]', dict(F, verify_server_hostname='no'))
s('good-uppercase-host', 'good', 'LOCALHOST', F)
s('iponly-ipv4-literal', 'iponly', '127.0.0.1', F)
s('iponly-ipv4-literal-hostname-off', 'iponly', '127.0.0.1', dict(F, verify_server_hostname='no'))
s('iponly-hostname', 'iponly', 'localhost', F)
s('cnip-ipv4-literal', 'cnip', '127.0.0.1', F, note='CN is the text 127.0.0.1')
s('bracket-ipv6-literal', 'bracket', '[::1]', F, note='CN is the text [')
s('dnsonly', 'dnsonly', 'localhost', F)
s('cnonly', 'cnonly', 'localhost', F)
s('wrongname', 'wrongname', 'localhost', F)
s('wrongname-hostname-off', 'wrongname', 'localhost', dict(F, verify_server_hostname='no'))
s('wrongname-verify-off', 'wrongname', 'localhost', dict(F, verify_server_cert='no'))
s('expired', 'expired', 'localhost', F)
s('expired-hostname-off', 'expired', 'localhost', dict(F, verify_server_hostname='no'))
s('expired-verify-off', 'expired', 'localhost', dict(F, verify_server_cert='no'))
s('selfsigned', 'selfsigned', 'localhost', F)
s('selfsigned-as-own-ca', 'selfsigned', 'localhost', {'ca_list_file': '@CERTS@/selfsigned.crt'})
s('selfsigned-verify-off', 'selfsigned', 'localhost', {'verify_server_cert': 'no'})
s('untrusted-issuer', 'untrusted', 'localhost', F)
s('client-cert-required-none-sent', 'good', 'localhost', F, {'require_client_cert': True})
s('client-cert-required-sent', 'good', 'localhost', dict(F, cert_file='@CERTS@/client.crt', priv_key_file='@CERTS@/client.key'), {'require_client_cert': True})
s('client-cert-required-key-in-cert-file', 'good', 'localhost', dict(F, cert_file='@CERTS@/client-with-key.pem'), {'require_client_cert': True})
s('client-cert-missing-file-not-required', 'good', 'localhost', dict(F, cert_file='@CERTS@/no-such-client.crt'))
s('client-cert-missing-file-required', 'good', 'localhost', dict(F, cert_file='@CERTS@/no-such-client.crt'), {'require_client_cert': True})
s('client-key-missing-not-required', 'good', 'localhost', dict(F, cert_file='@CERTS@/client.crt', priv_key_file='@CERTS@/no-such.key'))
s('tls12-only-server', 'good', 'localhost', F, {'max_tls': '1.2'})
s('tls12-only-server-client-cert', 'good', 'localhost', dict(F, cert_file='@CERTS@/client.crt', priv_key_file='@CERTS@/client.key'), {'max_tls': '1.2', 'require_client_cert': True})
s('tls12-only-server-client-cert-none-sent', 'good', 'localhost', F, {'max_tls': '1.2', 'require_client_cert': True})
s('plain-server', 'good', 'localhost', F, {'plain': True}, note='tls_enabled against a server that does not speak TLS')
S.append({'name': 'closed-after-handshake', 'cert': 'good', 'uri': 'wss://localhost:@PORT@/tls', 'options': {'ca_list_file': '@CERTS@/ca.crt'}, 'server': {'answer': None}, 'note': 'the server completes the TLS handshake, reads the request and closes without an answer'})
S.append({'name': 'silent-after-tcp', 'cert': 'good', 'uri': 'wss://localhost:@PORT@/tls', 'options': {'ca_list_file': '@CERTS@/ca.crt', 'connection_timeout': '100'}, 'server': {'plain': True, 'answer': 'silent', 'silent_s': 2}, 'note': 'the server accepts TCP and says nothing for 2 s, then closes: Asterisk has no time limit on the TLS handshake'})
S.append({'name': 'proxy-wrongname', 'cert': 'wrongname', 'uri': 'wss://localhost:@PORT@/tls', 'options': {'ca_list_file': '@CERTS@/ca.crt', 'proxy_host': '127.0.0.1:@PROXYPORT@'}, 'server': {'proxy': True}, 'note': 'TLS through a proxy tunnel, name check fails'})
S.append({'name': 'proxy-good', 'cert': 'good', 'uri': 'wss://localhost:@PORT@/tls', 'options': {'ca_list_file': '@CERTS@/ca.crt', 'proxy_host': '127.0.0.1:@PROXYPORT@'}, 'server': {'proxy': True}, 'note': 'TLS through a proxy tunnel'})

CASES = {}
for sc in S:
    conf = "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
    conf += "uri = %s\ntls_enabled = yes\n" % sc['uri']
    for k, v in sc['options'].items():
        conf += "%s = %s\n" % (k, v)
    srv = sc['server']
    spec = {'placeholder': '@PORT@', 'host': srv.get('host', '127.0.0.1'), 'tls': not srv.get('plain'),
            'cert': '%s/%s.crt' % (CERTS, sc['cert']), 'key': '%s/%s.key' % (CERTS, sc['cert']),
            'max_tls': srv.get('max_tls'), 'require_client_cert': srv.get('require_client_cert'),
            'client_ca': CERTS + '/ca.crt'}
    if 'answer' in srv:
        spec['answer'] = srv['answer']
    if 'silent_s' in srv:
        spec['silent_s'] = srv['silent_s']
    if srv.get('proxy'):
        spec.update(role='proxy', placeholder='@PROXYPORT@')
        CASES[sc['name']] = {'conf': conf, 'listeners': {'proxy': spec}, 'note': sc['note']}
        continue
    CASES[sc['name']] = {'conf': conf, 'listeners': {'server': spec}, 'note': sc['note']}

# Recorded after the table above, with the same listener (spec 'cert'/'key' as paths):
CASES.update({
    'client-cert-key-mismatch-not-required': {
        'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
                "uri = wss://localhost:@PORT@/tls\ntls_enabled = yes\nca_list_file = @CERTS@/ca.crt\n"
                "cert_file = @CERTS@/client.crt\npriv_key_file = @CERTS@/good.key\n",
        'listeners': {'server': {'placeholder': '@PORT@', 'tls': True, 'cert': CERTS + '/good.crt',
                                 'key': CERTS + '/good.key'}},
        'note': 'cert_file and priv_key_file do not belong together; the server does not ask for a client certificate.'},
    'client-cert-key-mismatch-required': {
        'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
                "uri = wss://localhost:@PORT@/tls\ntls_enabled = yes\nca_list_file = @CERTS@/ca.crt\n"
                "cert_file = @CERTS@/client.crt\npriv_key_file = @CERTS@/good.key\n",
        'listeners': {'server': {'placeholder': '@PORT@', 'tls': True, 'cert': CERTS + '/good.crt',
                                 'key': CERTS + '/good.key', 'require_client_cert': True,
                                 'client_ca': CERTS + '/ca.crt'}},
        'note': 'cert_file and priv_key_file do not belong together; the server requires a client certificate.'},
    'cafile-missing-with-good-folder': {
        'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
                "uri = wss://localhost:@PORT@/tls\ntls_enabled = yes\nca_list_file = @CERTS@/no-such-file.crt\n"
                "ca_list_path = @CERTS@/cadir-hashed\n",
        'listeners': {'server': {'placeholder': '@PORT@', 'tls': True, 'cert': CERTS + '/good.crt',
                                 'key': CERTS + '/good.key'}},
        'note': 'ca_list_file cannot be read and ca_list_path holds the right CA: OpenSSL stops at the failed file, so the folder is never read.'},
    # Run with the parity CA added to the system store by hand (copy ca.crt to
    # /usr/local/share/ca-certificates/, update-ca-certificates; undo afterwards).
    'good-no-ca-but-ca-in-system-store': {
        'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
                "uri = wss://localhost:@PORT@/tls\ntls_enabled = yes\n",
        'listeners': {'server': {'placeholder': '@PORT@', 'tls': True, 'cert': CERTS + '/good.crt',
                                 'key': CERTS + '/good.key'}},
        'note': "The test CA was added to the system's trust store for this recording only."},
})
