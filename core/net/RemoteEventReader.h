// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "ConnectionEvent.h"
#include "LineBuffer.h"

#include <QByteArray>
#include <QString>

namespace wscm {

// What comes back over SSH from `wscm probe --json` on another host (RemoteProbe's script):
// whatever a login prints, then the handshake line "wscm-probe hello FORMAT|VERSION" (or
// "wscm-probe missing"), then one JSON event a line. Kept apart from the process so it can be
// tested (and fuzzed) on bytes. The host is not trusted: a line longer than MaxLineBytes is
// dropped, lines that are not events are skipped, nothing is read after a refused handshake,
// and every text taken from the host has any URI's password hidden (another version's wscm,
// or a hostile one, may print one).
class RemoteEventReader {
public:
    // An event line is a few hundred bytes; a server's reason quoted in one at most a few KiB.
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    struct Output {
        enum class Kind {
            Started,      // the host speaks this format: events follow
            NotInstalled, // no wscm on the host
            Incompatible, // another event format (empty: too old to name one)
            Event,
        };
        Kind kind = Kind::Event;
        QString version; // Started, Incompatible: "wscm 0.1.0" as the host said
        QString format;  // Incompatible
        ConnectionEvent event;
    };

    RemoteEventReader();

    void append(QByteArrayView bytes);
    // The next thing to report, from the lines received so far; false when there is none yet.
    bool next(Output *output);
    bool greeted() const { return m_state == State::Greeted; }
    qsizetype buffered() const { return m_lines.buffered(); }
    void clear();

    // A text from the host as it may be shown here: any URI's password hidden.
    static QString shown(const QString &text);

private:
    enum class State { Waiting, Greeted, Refused };
    bool handshake(const QByteArray &line, Output *output);
    void refuse();

    LineBuffer m_lines{MaxLineBytes};
    State m_state = State::Waiting;
};

} // namespace wscm
