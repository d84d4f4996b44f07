// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// A fuzz input read as a stream from a peer: its first byte holds options of the target, its
// second chooses where the stream is cut into reads, the rest is what the peer sends. So the
// fuzzer explores the cuts as it explores the bytes, and an input replays the same cuts.
//
// Where a parser can see a secret, "$SECRET" in the stream stands for one: secretIn() puts a
// marker in its place (as the target writes it: raw, percent-encoded, inside Basic
// credentials, in a URI), and leaks() tells whether an output holds any 6 bytes of the
// marker in a row: a secret cut in two must not leave a part behind. Those 6 bytes typed into
// the input itself are dropped, so only a planted secret can come out.
class FuzzStream {
public:
    static constexpr char Marker[] = "Qz7wscmSecretMarker9";
    static constexpr char Placeholder[] = "$SECRET";
    static constexpr qsizetype LeakBytes = 6;

    explicit FuzzStream(const QByteArray &input);

    quint8 options() const { return m_options; }
    const QByteArray &bytes() const { return m_bytes; }
    // The stream cut into reads: mostly small ones (1 to 16 bytes), now and then up to 4 KiB.
    QList<QByteArrayView> chunks() const { return chunks(m_bytes); }
    // The same cuts in other bytes (the stream with the secret planted).
    QList<QByteArrayView> chunks(QByteArrayView bytes) const;
    // The stream with each placeholder replaced by `form` (which holds the marker).
    QByteArray secretIn(const QByteArray &form) const;

    static bool leaks(const QString &text);

private:
    quint8 m_options = 0;
    quint8 m_cuts = 0;
    QByteArray m_bytes;
};
