#include "ValueParser.h"

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>

namespace wscm {

namespace {

bool isOneOf(QByteArrayView value, std::initializer_list<const char *> words) {
    for (const char *word : words) {
        if (value.compare(QByteArrayView(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The C library is the reference here: strtol/strtoul decide what a number is, exactly as
// in Asterisk. The copy gives the C functions their terminating NUL.
template <typename Convert> bool convertWhole(QByteArrayView value, Convert convert) {
    if (value.isEmpty())
        return false;
    const std::string text(value.data(), static_cast<size_t>(value.size()));
    if (text.find('\0') != std::string::npos)
        return false;
    char *end = nullptr;
    errno = 0;
    convert(text.c_str(), &end);
    return errno == 0 && end != text.c_str() && *end == '\0';
}

} // namespace

bool ValueParser::isTrue(QByteArrayView value) {
    return isOneOf(value, {"yes", "true", "y", "t", "1", "on"});
}

bool ValueParser::isFalseWord(QByteArrayView value) {
    return isOneOf(value, {"no", "false", "n", "f", "0", "off"});
}

std::optional<qint32> ValueParser::parseInt(QByteArrayView value) {
    long result = 0;
    const bool ok =
        convertWhole(value, [&](const char *s, char **end) { result = std::strtol(s, end, 0); });
    if (!ok || result < INT_MIN || result > INT_MAX)
        return std::nullopt;
    return static_cast<qint32>(result);
}

std::optional<quint32> ValueParser::parseUInt(QByteArrayView value) {
    qsizetype first = 0;
    while (first < value.size() && std::isspace(static_cast<unsigned char>(value[first])))
        ++first;
    if (first < value.size() && value[first] == '-')
        return std::nullopt;
    unsigned long result = 0;
    const bool ok =
        convertWhole(value, [&](const char *s, char **end) { result = std::strtoul(s, end, 0); });
    if (!ok || result > UINT_MAX)
        return std::nullopt;
    return static_cast<quint32>(result);
}

bool ValueParser::hasPort(QByteArrayView hostPort) {
    // Asterisk splits at the last ':' (an IPv6 literal is written [addr]:port).
    const qsizetype colon = hostPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostPort.size() - 1)
        return false;
    if (hostPort.startsWith('[')) {
        const qsizetype close = hostPort.indexOf(']');
        if (close < 0 || close + 1 != colon)
            return false;
    } else if (hostPort.first(colon).contains(':')) {
        return false; // an IPv6 address must be written in brackets to carry a port
    }
    const auto port = parseUInt(hostPort.sliced(colon + 1));
    return port && *port > 0 && *port <= 65535;
}

} // namespace wscm
