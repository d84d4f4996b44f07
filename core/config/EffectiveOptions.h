// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "schema/OptionSchema.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace wscm {

// One option's value after templates, (+), += and "last assignment wins", with where it
// came from.
struct EffectiveValue {
    QByteArray value;     // as Asterisk would hand it to the option's parser
    QString file;         // where the winning assignment stands
    int line = 0;         // 1-based; 0 when unset
    QString fromTemplate; // non-empty when inherited from that template
    bool isSet = false;
};

// Every option of one section, indexed as OptionSchema::options(). Only assigned options
// take room: a 20,000-section file has 20,000 of these.
class EffectiveOptions {
public:
    // expectedAssignments: room to reserve (the number of variables of the section, say).
    explicit EffectiveOptions(qsizetype expectedAssignments = 0);

    const EffectiveValue &at(int optionIndex) const;
    void set(int optionIndex, EffectiveValue value);
    bool isSet(int optionIndex) const { return at(optionIndex).isSet; }
    // The assigned value, or the schema default when unassigned.
    QByteArray valueOrDefault(int optionIndex) const;

private:
    static_assert(OptionSchema::count() <= 127, "a slot is a qint8");
    std::array<qint8, OptionSchema::count()> m_slot; // index into m_values, or -1 when unassigned
    QList<EffectiveValue> m_values;
};

} // namespace wscm
