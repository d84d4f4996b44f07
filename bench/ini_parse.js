// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// The peer of `wscm check` in the parse benchmark: Node's `ini` package, as a Node user would
// read a websocket_client.conf. Prints the section count so the work cannot be skipped.
'use strict';
const fs = require('fs');
const ini = require('ini');

const text = fs.readFileSync(process.argv[2], 'utf8');
const parsed = ini.parse(text);
console.log(Object.keys(parsed).length);
