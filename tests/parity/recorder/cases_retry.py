# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""Cases of tests/parity/retry (record.py cases_retry OUTDIR)."""
NF = {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 404 Not Found\r\n\r\n'}}


def c(body, listeners=None, note=''):
    return {'conf': "[c]\ntype = websocket_client\nuri = ws://127.0.0.1:@PORT@/r\n" + body,
            'listeners': NF if listeners is None else listeners, 'note': note, 'keep_elapsed': True}


CASES = {
    'persistent-3': c("connection_type = persistent\nreconnect_attempts = 3\nreconnect_interval = 100\n"),
    'per-call-3': c("connection_type = per_call_config\nreconnect_attempts = 3\nreconnect_interval = 100\n"),
    'unset-type-3': c("reconnect_attempts = 3\nreconnect_interval = 100\n"),
    'persistent-default-attempts': c("connection_type = persistent\nreconnect_interval = 50\n"),
    'per-call-default-attempts': c("connection_type = per_call_config\nreconnect_interval = 50\n"),
    'attempts-zero-persistent': c("connection_type = persistent\nreconnect_attempts = 0\nreconnect_interval = 100\n"),
    'attempts-zero-per-call': c("connection_type = per_call_config\nreconnect_attempts = 0\nreconnect_interval = 100\n"),
    'attempts-negative-persistent': c("connection_type = persistent\nreconnect_attempts = -1\nreconnect_interval = 100\n"),
    'attempts-negative-per-call': c("connection_type = per_call_config\nreconnect_attempts = -3\n"),
    'interval-negative-one-attempt': c("connection_type = persistent\nreconnect_attempts = 1\nreconnect_interval = -5\n"),
    'interval-zero': c("connection_type = per_call_config\nreconnect_attempts = 3\nreconnect_interval = 0\n"),
    'refused': c("connection_type = persistent\nreconnect_attempts = 2\nreconnect_interval = 10\n", {}),
    'refused-per-call': c("connection_type = per_call_config\nreconnect_attempts = 1\n", {}),
    'silent-server': c("connection_type = per_call_config\nreconnect_attempts = 1\nconnection_timeout = 300\n",
                       {'server': {'placeholder': '@PORT@', 'answer': 'silent'}}),
    'http-400': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                  {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 400 Bad Request\r\n\r\n'}}),
    'http-401': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                  {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 401 Unauthorized\r\n\r\n'}}),
    'http-404': c("connection_type = per_call_config\nreconnect_attempts = 1\n"),
    'http-500': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                  {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 500 Internal Server Error\r\n\r\n'}}),
    'http-200': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                  {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'}}),
    'not-http': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                  {'server': {'placeholder': '@PORT@', 'answer': 'SSH-2.0-OpenSSH_9.2\r\n'}}),
    'closed-without-answer': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                               {'server': {'placeholder': '@PORT@', 'answer': None}}),
    'bad-accept': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                    {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n'}}),
    'missing-upgrade': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                         {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n\r\n'}}),
    'protocol-not-offered': c("connection_type = per_call_config\nreconnect_attempts = 1\nprotocols = a,b\n",
                              {'server': {'placeholder': '@PORT@', 'protocol_answer': b'zzz'}}),
    'protocol-answer-without-offer': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                                       {'server': {'placeholder': '@PORT@', 'protocol_answer': b'zzz'}}),
    'resolve-error': {'conf': "[c]\ntype = websocket_client\nuri = ws://no-such-host.invalid:@PORT@/r\n"
                      "connection_type = per_call_config\nreconnect_attempts = 1\n", 'listeners': {}, 'keep_elapsed': True},
    'proxy-refused': c("connection_type = per_call_config\nreconnect_attempts = 1\nproxy_host = 127.0.0.1:1\n", {}),
    'proxy-403': c("connection_type = per_call_config\nreconnect_attempts = 1\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                   {'proxy': {'placeholder': '@PROXYPORT@', 'role': 'proxy', 'proxy_answer': 'HTTP/1.1 403 Forbidden\r\n\r\n'}}),
    'proxy-502': c("connection_type = per_call_config\nreconnect_attempts = 1\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                   {'proxy': {'placeholder': '@PROXYPORT@', 'role': 'proxy', 'proxy_answer': 'HTTP/1.1 502 Bad Gateway\r\n\r\n'}}),
}

CASES.update({
    'timeout-zero-good-server': c("connection_type = per_call_config\nreconnect_attempts = 1\nconnection_timeout = 0\n",
                                  {'server': {'placeholder': '@PORT@'}}),
    'timeout-negative-silent-server': c("connection_type = per_call_config\nreconnect_attempts = 1\nconnection_timeout = -1\n",
                                        {'server': {'placeholder': '@PORT@', 'answer': 'silent', 'silent_s': 3}}),
    'timeout-zero-silent-server': c("connection_type = per_call_config\nreconnect_attempts = 1\nconnection_timeout = 0\n",
                                    {'server': {'placeholder': '@PORT@', 'answer': 'silent', 'silent_s': 3}}),
    'proxy-status-line-then-close': c("connection_type = per_call_config\nreconnect_attempts = 1\nconnection_timeout = 200\nproxy_host = 127.0.0.1:@PROXYPORT@\n",
                      {'proxy': {'placeholder': '@PROXYPORT@', 'role': 'proxy', 'proxy_answer': 'HTTP/1.1 200 OK', 'host': '127.0.0.1'}}),
    'proxy-empty-port': c("connection_type = per_call_config\nreconnect_attempts = 1\nproxy_host = 127.0.0.1:\n", {}),
    'extensions-answered': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                             {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n'}}),
    'http10-101': c("connection_type = per_call_config\nreconnect_attempts = 1\n",
                    {'server': {'placeholder': '@PORT@', 'answer': 'HTTP/1.0 101 Switching Protocols\r\n\r\n'}}),
})

CASES['tcp-connect-timeout'] = c("connection_type = per_call_config\nreconnect_attempts = 2\nreconnect_interval = 100\nconnection_timeout = 700\n",
                                 {'server': {'placeholder': '@PORT@', 'backlog_full': True}})

# Recorded by hand, not by this table (tests/parity/retry/interval-negative-two-attempts and
# interval-wraps-two-attempts): the same 404 listener, reconnect_attempts = 2 and
# reconnect_interval = -5 / 5000000, with `strace -f -p <asterisk pid> -e trace=clock_nanosleep`
# attached while `wscmoracle connect` runs; the sleep between the two tries is in the strace
# output. The instance is restarted afterwards: the CLI thread sleeps for minutes.
