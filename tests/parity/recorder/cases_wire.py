# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""Cases of tests/parity/wire (record.py cases_wire OUTDIR)."""
HEAD = "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\n"
SRV = {'server': {'placeholder': '@PORT@'}}
SRV6 = {'server': {'placeholder': '@PORT@', 'host': '::1'}}


def c(lines, listeners=None, note='', **kw):
    d = {'conf': HEAD + lines, 'listeners': listeners if listeners is not None else SRV, 'note': note}
    d.update(kw)
    return d


def proxy(tls=False, answer='200', host='127.0.0.1'):
    return {'proxy': {'placeholder': '@PROXYPORT@', 'role': 'proxy', 'tls': tls,
                      'proxy_answer': answer, 'host': host}}


def needs_auth(req):
    return '200' if b'Proxy-Authorization:' in req else 'HTTP/1.1 403 Forbidden\r\n\r\n'


CASES = {
    'basic': c("uri = ws://127.0.0.1:@PORT@/ws\n"),
    'query': c("uri = ws://127.0.0.1:@PORT@/ari/events?app=wscm&subscribeAll=true\n"),
    'no-path': c("uri = ws://127.0.0.1:@PORT@\n"),
    'no-path-query': c("uri = ws://127.0.0.1:@PORT@?x=1\n"),
    'root-path': c("uri = ws://127.0.0.1:@PORT@/\n"),
    'hostname': c("uri = ws://localhost:@PORT@/media\n"),
    'hostname-uppercase': c("uri = ws://LocalHost:@PORT@/Media/X\n"),
    'ipv6-literal': c("uri = ws://[::1]:@PORT@/v6\n", SRV6),
    'fragment': c("uri = ws://127.0.0.1:@PORT@/p#frag\n"),
    'percent-and-space': c("uri = ws://127.0.0.1:@PORT@/a%20b/c d?q=%41&r=x y\n"),
    'userinfo-overrides-options': c("uri = ws://uri-user:uri-pass@127.0.0.1:@PORT@/\n"
                                    "username = opt-user\npassword = opt-pass\n"),
    'userinfo-only': c("uri = ws://uri-user:uri-pass@127.0.0.1:@PORT@/\n"),
    'userinfo-percent': c("uri = ws://us%40er:p%3Ass@127.0.0.1:@PORT@/\n"),
    'userinfo-without-colon': c("uri = ws://justuser@127.0.0.1:@PORT@/\n"),
    'basic-auth-options': c("uri = ws://127.0.0.1:@PORT@/\nusername = opt-user\npassword = opt-pass\n"),
    'username-without-password': c("uri = ws://127.0.0.1:@PORT@/\nusername = opt-user\n"),
    'password-without-username': c("uri = ws://127.0.0.1:@PORT@/\npassword = opt-pass\n"),
    'username-with-colon': c("uri = ws://127.0.0.1:@PORT@/\nusername = a:b\npassword = c\n"),
    'protocols-list': c("uri = ws://127.0.0.1:@PORT@/\nprotocols = ari,media\n"),
    'protocols-spaced': c("uri = ws://127.0.0.1:@PORT@/\nprotocols = a, b ,c\n"),
    'protocols-single': c("uri = ws://127.0.0.1:@PORT@/\nprotocols = media\n"),
    'no-port-ws': c("uri = ws://127.0.0.1/noport\n", {'server': {'port': 443, 'placeholder': '@NONE@'}}),
    'no-port-wss-tls-off': c("uri = wss://127.0.0.1/noport\ntls_enabled = no\n",
                             {'server': {'port': 443, 'placeholder': '@NONE@'}}),
    'no-port-ws-tls-on': c("uri = ws://localhost/noport\ntls_enabled = yes\nverify_server_cert = no\n",
                           {'server': {'port': 443, 'placeholder': '@NONE@', 'tls': True}}),
    'wss-tls-off': c("uri = wss://127.0.0.1:@PORT@/clear\n"),
    'wss-tls-on': c("uri = wss://localhost:@PORT@/secure\ntls_enabled = yes\n"
                    "ca_list_file = @CERTS@/ca.crt\n",
                    {'server': {'placeholder': '@PORT@', 'tls': True}}),
    'ws-tls-on': c("uri = ws://localhost:@PORT@/secure\ntls_enabled = yes\n"
                   "ca_list_file = @CERTS@/ca.crt\n",
                   {'server': {'placeholder': '@PORT@', 'tls': True}}),
    'tls-ip-literal-sni': c("uri = wss://127.0.0.1:@PORT@/ip\ntls_enabled = yes\nverify_server_cert = no\n",
                            {'server': {'placeholder': '@PORT@', 'tls': True}}),
    'ipv6-no-port': c("uri = ws://[::1]/x\n", {}),
    'proxy-no-credentials': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                              proxy()),
    'proxy-credentials': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n"
                           "proxy_username = puser\nproxy_password = ppass\n", proxy()),
    'proxy-ipv6': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = [::1]:@PROXYPORT@\n",
                    proxy(host='::1')),
    'proxy-ipv6-target': c("uri = ws://[::1]:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n", proxy()),
    'proxy-hostname-no-port': c("uri = ws://localhost/via\nproxy_host = localhost:@PROXYPORT@\n", proxy()),
    'proxy-username-only': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n"
                             "proxy_username = puser\n", proxy()),
    'proxy-403-unless-credentials': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n"
                                      "proxy_username = puser\nproxy_password = ppass\n",
                                      proxy(answer=needs_auth)),
    'proxy-407': c("uri = ws://127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                   proxy(answer='HTTP/1.1 407 Proxy Authentication Required\r\n'
                         'Proxy-Authenticate: Basic realm="p"\r\n\r\n')),
    'proxy-userinfo-not-for-proxy': c("uri = ws://u:p@127.0.0.1:@PORT@/via\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                                      proxy()),
    'proxy-tls': c("uri = wss://localhost:@PORT@/via\ntls_enabled = yes\nca_list_file = @CERTS@/ca.crt\n"
                   "proxy_host = 127.0.0.1:@PROXYPORT@\nproxy_username = puser\nproxy_password = ppass\n",
                   proxy(tls=True)),
    'everything': c("uri = ws://uu:up@127.0.0.1:@PORT@/all/in?one=1\nprotocols = p1,p2\n"
                    "username = ignored\npassword = ignored\nproxy_host = 127.0.0.1:@PROXYPORT@\n"
                    "proxy_username = puser\nproxy_password = ppass\n", proxy()),
}

CASES.update({
    'at-in-path': c("uri = ws://127.0.0.1:@PORT@/a@localhost\n"),
    'at-in-query': c("uri = ws://127.0.0.1:@PORT@/x?email=a@localhost\n"),
    'colon-in-path': c("uri = ws://127.0.0.1/a:@PORT@\n"),
    'port-leading-zero': c("uri = ws://127.0.0.1:0@PORT@/z\n"),
    'scheme-uppercase': c("uri = WS://127.0.0.1:@PORT@/up\n"),
    'scheme-http': c("uri = http://127.0.0.1:@PORT@/h\n"),
    'no-scheme': c("uri = 127.0.0.1:@PORT@/bare\n"),
    'scheme-wss-tls-hostname-mismatch-ignored': c(
        "uri = wss://127.0.0.1:@PORT@/n\ntls_enabled = yes\nca_list_file = @CERTS@/ca.crt\n"
        "verify_server_hostname = no\n", {'server': {'placeholder': '@PORT@', 'tls': True}}),
})
