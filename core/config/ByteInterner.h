// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <string_view>
#include <unordered_set>

namespace wscm {

// Hands out equal byte strings as one shared QByteArray. A large config repeats itself: its
// 20,000 sections use the same dozen option names and mostly the same values, and a copy
// of each per variable cost an allocation and some 32 bytes apiece. Looking the bytes up
// takes no allocation; only the first `capacity` distinct strings are remembered, so that a
// file of unique values costs a bounded table, not a second copy of itself.
class ByteInterner {
public:
    explicit ByteInterner(qsizetype capacity = 4096)
        : m_capacity(capacity) {}

    // The bytes, shared with an equal string handed out before when there is one.
    QByteArray intern(QByteArrayView bytes);

private:
    struct Hash {
        using is_transparent = void;
        // The standard library's hash of short strings costs a fraction of qHash's seeded one,
        // and nothing here needs a seed: the table is bounded.
        size_t operator()(QByteArrayView bytes) const {
            return std::hash<std::string_view>()(
                std::string_view(bytes.data(), size_t(bytes.size())));
        }
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(QByteArrayView a, QByteArrayView b) const { return a == b; }
    };

    std::unordered_set<QByteArray, Hash, Equal> m_known;
    qsizetype m_capacity;
};

} // namespace wscm
