#include "EffectiveOptions.h"

#include "schema/OptionSchema.h"

#include <cstring>

namespace wscm {

EffectiveOptions::EffectiveOptions() {
    static_assert(std::tuple_size_v<decltype(m_values)> == 26);
    Q_ASSERT(OptionSchema::count() == 26);
}

const EffectiveValue &EffectiveOptions::at(int optionIndex) const {
    return m_values.at(static_cast<size_t>(optionIndex));
}

void EffectiveOptions::set(int optionIndex, EffectiveValue value) {
    m_values.at(static_cast<size_t>(optionIndex)) = std::move(value);
}

QByteArray EffectiveOptions::valueOrDefault(int optionIndex) const {
    const EffectiveValue &v = at(optionIndex);
    if (v.isSet)
        return v.value;
    return QByteArray(OptionSchema::at(optionIndex).defaultValue);
}

QByteArray EffectiveOptions::valueOrDefault(const char *optionName) const {
    const int index = OptionSchema::indexOf(optionName);
    Q_ASSERT(index >= 0);
    return valueOrDefault(index);
}

} // namespace wscm
