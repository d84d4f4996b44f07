#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace wscm {

// How Asterisk parses an option's value (see ValueParser), plus how a form should edit it.
enum class OptionKind {
    Type,     // must be "websocket_client"
    Uri,      // ws:// or wss:// URI
    Text,     // free text
    Secret,   // free text, never shown unless asked for
    Choice,   // one word of OptionSpec::choices, any case
    Int,      // strtol base 0, 32-bit
    UInt,     // strtoul base 0, 32-bit, no sign
    Bool,     // ast_true words; anything else is false
    FilePath, // a file on disk
    DirPath,  // a folder on disk
    HostPort, // host:port
};

enum class OptionGroup {
    Connection,
    Authentication,
    Tls,
    Proxy,
    TcpKeepalives,
    PingPong,
    Reconnect
};

struct OptionSpec {
    const char *name;
    OptionKind kind;
    const char *defaultValue; // as Asterisk applies it; "" when the option has no default
    const char *unit;         // "ms", "s" or ""
    OptionGroup group;
    const char *help;      // one line, our own words
    const char *since;     // Asterisk releases that introduced the option
    const char *choices;   // comma list for OptionKind::Choice
    const char *enabledBy; // the bool option that switches this one on, or ""
    bool required;

    QString nameString() const { return QString::fromLatin1(name); }
    QString defaultString() const { return QString::fromLatin1(defaultValue); }
    bool hasDefault() const { return defaultValue[0] != '\0'; }
    bool isSecret() const { return kind == OptionKind::Secret; }
};

// The one table of every websocket_client option. Everything else (validator, command
// line, form, docs) reads option names, kinds and defaults from here.
class OptionSchema {
public:
    static std::span<const OptionSpec> options();
    // Asterisk matches option names without regard to case.
    static const OptionSpec *find(QStringView name);
    static const OptionSpec *find(const char *name, qsizetype length);
    static int indexOf(QStringView name);
    static int indexOf(const char *name);
    static const OptionSpec &at(int index) { return options()[static_cast<size_t>(index)]; }
    static int count() { return static_cast<int>(options().size()); }
    static QString groupTitle(OptionGroup group);
    static QString kindName(OptionKind kind);
    static bool isSecret(QStringView name);
    static constexpr const char *clientType = "websocket_client";
};

} // namespace wscm
