// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FuzzStream.h"

FuzzStream::FuzzStream(const QByteArray &input) {
    if (!input.isEmpty())
        m_options = quint8(input.at(0));
    if (input.size() > 1)
        m_cuts = quint8(input.at(1));
    m_bytes = input.size() > 2 ? input.sliced(2) : QByteArray();
    // Dropping one may join the bytes around it into another.
    const QByteArrayView marker(Marker);
    for (bool dropped = true; dropped;) {
        dropped = false;
        for (qsizetype at = 0; at + LeakBytes <= marker.size(); ++at) {
            const QByteArrayView part = marker.sliced(at, LeakBytes);
            if (m_bytes.contains(part)) {
                m_bytes.replace(part, QByteArrayView());
                dropped = true;
            }
        }
    }
}

QList<QByteArrayView> FuzzStream::chunks(QByteArrayView bytes) const {
    QList<QByteArrayView> chunks;
    // A small linear congruential generator seeded by the cut byte: the same input, the same
    // cuts. Seed 0 cuts every byte apart.
    quint32 state = m_cuts;
    for (qsizetype at = 0; at < bytes.size();) {
        qsizetype size = 1;
        if (m_cuts != 0) {
            state = state * 1103515245u + 12345u;
            const quint32 r = state >> 8;
            size = (r & 7) == 0 ? 1 + qsizetype(r >> 3) % 4096 : 1 + qsizetype(r >> 3) % 16;
        }
        size = qMin(size, bytes.size() - at);
        chunks.append(bytes.sliced(at, size));
        at += size;
    }
    return chunks;
}

QByteArray FuzzStream::secretIn(const QByteArray &form) const {
    QByteArray bytes = m_bytes;
    return bytes.replace(QByteArrayView(Placeholder), form);
}

bool FuzzStream::leaks(const QString &text) {
    const QLatin1StringView marker(Marker);
    for (qsizetype at = 0; at + LeakBytes <= marker.size(); ++at) {
        if (text.contains(marker.sliced(at, LeakBytes)))
            return true;
    }
    return false;
}
