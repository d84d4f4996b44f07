// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "OptionSchema.h"

#include <array>
#include <cstring>

namespace wscm {

namespace {

// Checking a 20,000-section file looks names up some 400,000 times: compare lengths first.
struct NameLengths {
    std::array<qsizetype, detail::optionTable.size()> lengths{};
    NameLengths() {
        for (size_t i = 0; i < detail::optionTable.size(); ++i)
            lengths[i] = static_cast<qsizetype>(std::strlen(detail::optionTable[i].name));
    }
};

bool equalsIgnoringCase(const char *lower, const char *b, qsizetype length) {
    for (qsizetype i = 0; i < length; ++i) {
        char cb = b[i];
        if (cb >= 'A' && cb <= 'Z')
            cb = static_cast<char>(cb - 'A' + 'a');
        if (lower[i] != cb)
            return false;
    }
    return true;
}

} // namespace

std::span<const OptionSpec> OptionSchema::options() {
    return detail::optionTable;
}

const OptionSpec *OptionSchema::find(const char *name, qsizetype length) {
    static const NameLengths names;
    for (size_t i = 0; i < detail::optionTable.size(); ++i) {
        if (names.lengths[i] == length &&
            equalsIgnoringCase(detail::optionTable[i].name, name, length))
            return &detail::optionTable[i];
    }
    return nullptr;
}

const OptionSpec *OptionSchema::find(QStringView name) {
    const QByteArray latin = name.toLatin1();
    return find(latin.constData(), latin.size());
}

int OptionSchema::indexOf(QStringView name) {
    const OptionSpec *spec = find(name);
    return spec ? static_cast<int>(spec - detail::optionTable.data()) : -1;
}

int OptionSchema::indexOf(const char *name) {
    const OptionSpec *spec = find(name, static_cast<qsizetype>(std::strlen(name)));
    return spec ? static_cast<int>(spec - detail::optionTable.data()) : -1;
}

QString OptionSchema::groupTitle(OptionGroup group) {
    switch (group) {
    case OptionGroup::Connection:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "Connection"));
    case OptionGroup::Authentication:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "Authentication"));
    case OptionGroup::Tls:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "TLS"));
    case OptionGroup::Proxy:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "Proxy"));
    case OptionGroup::TcpKeepalives:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "TCP keepalives"));
    case OptionGroup::PingPong:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "PING/PONG"));
    case OptionGroup::Reconnect:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("wscm::OptionSchema", "Reconnect"));
    }
    return {};
}

QString OptionSchema::kindName(OptionKind kind) {
    switch (kind) {
    case OptionKind::Type:
        return QStringLiteral("type");
    case OptionKind::Uri:
        return QStringLiteral("uri");
    case OptionKind::Text:
        return QStringLiteral("text");
    case OptionKind::Secret:
        return QStringLiteral("secret");
    case OptionKind::Choice:
        return QStringLiteral("choice");
    case OptionKind::Int:
        return QStringLiteral("int");
    case OptionKind::UInt:
        return QStringLiteral("uint");
    case OptionKind::Bool:
        return QStringLiteral("bool");
    case OptionKind::FilePath:
        return QStringLiteral("file");
    case OptionKind::DirPath:
        return QStringLiteral("folder");
    case OptionKind::HostPort:
        return QStringLiteral("host:port");
    }
    return {};
}

bool OptionSchema::isSecret(QStringView name) {
    const OptionSpec *spec = find(name);
    return spec && spec->isSecret();
}

} // namespace wscm
