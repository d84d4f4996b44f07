// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ByteInterner.h"

namespace wscm {

QByteArray ByteInterner::intern(QByteArrayView bytes) {
    if (const auto known = m_known.find(bytes); known != m_known.end())
        return *known;
    QByteArray copy = bytes.toByteArray();
    if (qsizetype(m_known.size()) < m_capacity)
        m_known.insert(copy);
    return copy;
}

} // namespace wscm
