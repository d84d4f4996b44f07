// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// The local WebSocket server of the connection benchmarks, run as its own process so that the
// clients measured (wscm probe and the Node client) are the only work in theirs.
// Usage: node ws_server.js HOST PORT [ANSWER_MS]
// With ANSWER_MS, each connection has its PINGs answered only for its first ANSWER_MS
// milliseconds and is then silent: the peer that stops answering of the detection benchmark.
'use strict';
const { WebSocketServer } = require('ws');

const [host, port, answerMs] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const limit = answerMs === undefined ? Infinity : Number(answerMs);
// ws answers PINGs by itself unless autoPong is off; off here so the answer can be withheld.
const server = new WebSocketServer({ host, port, autoPong: false, backlog: 2048 });
server.on('connection', (socket) => {
  const since = Date.now();
  socket.on('ping', (payload) => {
    if (Date.now() - since < limit) socket.pong(payload);
  });
  socket.on('error', () => {});
});
server.on('listening', () => console.log(`listening ${host}:${port}`));
process.on('SIGTERM', () => process.exit(0));
