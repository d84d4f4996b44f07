// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

// The peer of `wscm probe` in the connections benchmark: what a Node user would write with
// `ws` to keep N connections and PING each every INTERVAL seconds with its own payload.
// Usage: node ws_client.js URL N DURATION_S INTERVAL_S
// Prints one JSON line: connected, pings sent, pongs received, RTTs (ms) of every PONG.
'use strict';
const WebSocket = require('ws');

const [url, count, durationS, intervalS] =
  [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];
let connected = 0;
let pings = 0;
let pongs = 0;
let lost = 0;
const rtts = [];

for (let i = 0; i < count; i++) {
  const socket = new WebSocket(`${url}/s${i}`);
  const payload = Buffer.from(`node-${i}`);
  let sentAt = null;
  let timer = null;
  socket.on('open', () => {
    connected++;
    timer = setInterval(() => {
      if (sentAt !== null) lost++; // the previous PING was never answered
      sentAt = process.hrtime.bigint();
      socket.ping(payload);
      pings++;
    }, intervalS * 1000);
  });
  socket.on('pong', (data) => {
    if (sentAt === null || !data.equals(payload)) return;
    rtts.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    sentAt = null;
    pongs++;
  });
  socket.on('close', () => clearInterval(timer));
  socket.on('error', () => {});
}

setTimeout(() => {
  console.log(JSON.stringify({ connected, pings, pongs, missed: lost, rtts }));
  process.exit(0);
}, durationS * 1000);
