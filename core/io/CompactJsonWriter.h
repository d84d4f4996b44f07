// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace wscm {

// Writes a JSON object straight into a byte buffer, byte for byte as
// QJsonDocument::toJson(QJsonDocument::Compact) writes the same QJsonObject, without building
// the object first: for lines written many times a second (a probe's events), where the
// document, its values and its keys cost several times the line itself. QJsonObject keeps its
// keys sorted, so the caller gives the members in that order.
class CompactJsonWriter {
public:
    // Appends to `out`, starting with the object's '{'; `out` has its final size once
    // finish() has closed the object.
    explicit CompactJsonWriter(QByteArray &out);

    void add(QLatin1StringView key, QStringView value);
    void add(QLatin1StringView key, QLatin1StringView value);
    void addInteger(QLatin1StringView key, qint64 value);
    // As QJsonValue(double) keeps it: a whole number within 2^53 as an integer, another
    // finite one in its shortest form, NaN and infinities as null.
    void addDouble(QLatin1StringView key, double value);
    void addNull(QLatin1StringView key);
    // A member whose value is an object: its members follow, up to endObject().
    void beginObject(QLatin1StringView key);
    void endObject();
    // Closes the outermost object; nothing may be added after.
    void finish();

private:
    static constexpr int MaxDepth = 8;

    // Room for `bytes` more at the write position.
    char *room(qsizetype bytes);
    void put(const char *bytes, qsizetype size);
    void key(QLatin1StringView key);
    void integer(qint64 value);
    template <typename Unit> void string(const Unit *text, qsizetype size);

    QByteArray &m_out;
    qsizetype m_used; // bytes of m_out written; m_out is larger until finish()
    int m_depth = 0;
    // Per open object: does the next member need a comma before it.
    bool m_needsComma[MaxDepth] = {};
};

} // namespace wscm
