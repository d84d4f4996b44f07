#pragma once

#include <QByteArray>
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

// The 26 options of one section, indexed as OptionSchema::options().
class EffectiveOptions {
public:
    EffectiveOptions();

    const EffectiveValue &at(int optionIndex) const;
    void set(int optionIndex, EffectiveValue value);
    bool isSet(int optionIndex) const { return at(optionIndex).isSet; }
    // The assigned value, or the schema default when unassigned.
    QByteArray valueOrDefault(int optionIndex) const;
    QByteArray valueOrDefault(const char *optionName) const;

private:
    std::array<EffectiveValue, 26> m_values;
};

} // namespace wscm
