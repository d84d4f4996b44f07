# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""Cases of tests/parity/dial (record_dial.py OUTDIR): a client [c] and the dial strings the
dialplan passes to Dial(), in order, on one running Asterisk."""
SRV = {'server': {'placeholder': '@PORT@'}}


def c(uri, dials, note='', connection_type='per_call_config', extra=''):
    conf = ('[c]\ntype = websocket_client\nconnection_type = %s\nreconnect_attempts = 1\n'
            'uri = %s\n%s' % (connection_type, uri, extra))
    return {'conf': conf, 'listeners': SRV, 'dials': dials, 'note': note}


U = 'ws://127.0.0.1:@PORT@/media'
CASES = {
    'one-parameter': c(U, ['WebSocket/c/v(call_id=42)']),
    'several-parameters': c(U, ['WebSocket/c/v(a=1,b=2,call_id=42)'],
                            'the commas between parameters become &'),
    'uri-with-query': c(U + '?app=x&y=1', ['WebSocket/c/v(call_id=42)'],
                        'a URI with a ? gets & before the parameters'),
    'uri-with-path': c('ws://127.0.0.1:@PORT@/a/b/c', ['WebSocket/c/v(call_id=42)']),
    'uri-without-path': c('ws://127.0.0.1:@PORT@', ['WebSocket/c/v(call_id=42)']),
    'uri-with-fragment': c(U + '#frag', ['WebSocket/c/v(call_id=42)'],
                           'appended after the whole URI text, fragment included'),
    'uri-question-in-userinfo': c('ws://u?x:p@127.0.0.1:@PORT@/media', ['WebSocket/c/v(call_id=42)'],
                                  'a ? anywhere in the URI text makes the separator &'),
    'percent-encoded': c(U, ['WebSocket/c/v(name=J%C3%B6rg,greeting=a%20b%26c%3Dd)'],
                         'encoded values pass as written'),
    'allowed-characters': c(U, ['WebSocket/c/v(x-y_z.w=a+b.c-d_e)']),
    'empty-value': c(U, ['WebSocket/c/v(a=,b=2)']),
    'empty-name': c(U, ['WebSocket/c/v(=1)']),
    'equals-in-value': c(U, ['WebSocket/c/v(a=b=c)'], 'each side of every = is checked'),
    'percent-sscanf-quirks': c(U, ['WebSocket/c/v(a=%4G,b=%-1,c=%0x)'],
                               'a % needs one hex digit after it (sscanf %2x), maybe signed'),
    'percent-blank-and-sign': c(U, ['WebSocket/c/v(a=% 1,b=%+f)'],
                                'sscanf skips blanks before the number and takes a sign'),
    'other-options': c(U, ['WebSocket/c/c(ulaw)nf(json)v(call_id=42)d(both)']),
    'v-first-option': c(U, ['WebSocket/c/v(call_id=42)c(ulaw)']),
    'quoted-in-dial': c(U, ['WebSocket/c/v("a=1",b=2)'], 'Dial() removes the quotes'),
    'empty-v': c(U, ['WebSocket/c/v()'], 'no parameters'),
    'persistence': c(U, ['WebSocket/c/v(a=1)', 'WebSocket/c', 'WebSocket/c/v()', 'WebSocket/c/v(b=2)',
                         'WebSocket/c/n'],
                     'the parameters stay on the shared client until a new v() replaces them'),
    'persistent-client': c(U, ['WebSocket/c/v(call_id=42)'], connection_type='persistent'),
    'invalid-space': c(U, ['WebSocket/c/v(a=x y)']),
    'invalid-non-ascii': c(U, ['WebSocket/c/v(name=Jörg)']),
    'invalid-percent': c(U, ['WebSocket/c/v(a=%G1)', 'WebSocket/c/v(a=100%)', 'WebSocket/c/v(a=%4)']),
    'invalid-ampersand': c(U, ['WebSocket/c/v(a=1&b=2)'], 'Dial() splits its channels at &'),
    'invalid-slash': c(U, ['WebSocket/c/v(a=x/y)']),
    'missing-parenthesis': c(U, ['WebSocket/c/v(a=1']),
    'unknown-id': c(U, ['WebSocket/nosuch/v(a=1)', 'WebSocket/C/v(a=1)'],
                    'ids are case-sensitive'),
    'empty-id': c(U, ['WebSocket//v(a=1)']),
    'incoming-with-v': c(U, ['WebSocket/INCOMING/v(a=1)']),
    'unknown-option': c(U, ['WebSocket/c/xv(call_id=42)'], 'an unknown letter is only logged'),
    'technology-case': c(U, ['websocket/c/v(call_id=42)']),
    'backslash': c(U, ['WebSocket/c/v(a=1\\,b=2)'], 'Dial() drops the backslash'),
    'bad-direction': c(U, ['WebSocket/c/d(sideways)v(a=1)']),
}
