// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SshConfigSource.h"

#include <QCryptographicHash>

namespace wscm {

namespace {

// Every script answers with one status line that starts with its tag (anything a login
// script printed before it is skipped); a tool's own complaint goes to standard error.

// $1 path, $2 most bytes (-1: any size). "wscm-read ok SIZE CANONICAL" and the bytes, or
// "wscm-read missing|folder|special|unreadable|large SIZE".
const char readScript[] = R"sh(f=$1 max=$2
say() { printf 'wscm-read %s\n' "$*"; exit 0; }
[ -e "$f" ] || say missing
[ -d "$f" ] && say folder
[ -f "$f" ] || say special
size=$(wc -c < "$f") || say unreadable
size=$((size))
[ "$max" -ge 0 ] && [ "$size" -gt "$max" ] && say large "$size"
canon=$(readlink -f -- "$f" 2>/dev/null) || canon=$f
printf 'wscm-read ok %s %s\n' "$size" "$canon"
exec cat -- "$f"
)sh";

// $1 pattern. The regular files it matches, one a line, sorted bytewise; then the end tag.
const char globScript[] = R"sh(LC_ALL=C
export LC_ALL
IFS=''
for f in $1; do [ -f "$f" ] && printf '%s\n' "$f"; done
echo 'wscm-glob end'
)sh";

// $1 path, $2 size, $3 SHA-256 of the new bytes (on standard input), $4 what the file must
// hold: "any", "absent" or its SHA-256. "wscm-write done", "wscm-write conflict present"
// and the bytes it holds, "wscm-write conflict absent", or "wscm-write failed REASON".
const char writeScript[] = R"sh(f=$1 size=$2 sum=$3 expect=$4
fail() { echo "wscm-write failed $1"; exit 0; }
if [ -L "$f" ]; then f=$(readlink -f -- "$f") || fail link; fi
holds() {
  if [ -e "$f" ]; then s=$(sha256sum < "$f") || return 1; echo "${s%% *}"; else echo absent; fi
}
check() {
  now=$(holds) || fail unreadable
  if [ "$expect" = any ] || [ "$now" = "$expect" ]; then return 0; fi
  if [ -e "$f" ]; then echo 'wscm-write conflict present'; cat -- "$f"; exit 0; fi
  echo 'wscm-write conflict absent'; exit 0
}
check
dir=$(dirname -- "$f") base=$(basename -- "$f")
[ -d "$dir" ] || fail no-folder
if [ -e "$f" ] && [ ! -w "$f" ]; then fail read-only; fi
tmp=$(mktemp "$dir/.$base.wscm-XXXXXX") || fail create
trap 'rm -f -- "$tmp"' EXIT
trap 'exit 1' HUP INT TERM PIPE
if [ -e "$f" ]; then
  chmod "$(stat -c %a -- "$f")" "$tmp" || fail mode
  chown "$(stat -c %u:%g -- "$f")" "$tmp" 2>/dev/null || [ "$(id -u)" != 0 ] || fail owner
else
  chmod "$(printf %o $((0666 & ~$(umask))))" "$tmp" || fail mode
fi
cat > "$tmp" || fail write
got=$(wc -c < "$tmp") || fail write
[ "$((got))" = "$size" ] || fail incomplete
new=$(sha256sum < "$tmp") || fail write
[ "${new%% *}" = "$sum" ] || fail incomplete
sync "$tmp" 2>/dev/null
check
mv -f -- "$tmp" "$f" || fail rename
trap - EXIT
echo 'wscm-write done'
)sh";

// The status line with `tag` and everything after it.
bool findAnswer(const QByteArray &out, const QByteArray &tag, QByteArray *status,
                QByteArray *rest) {
    qsizetype at = 0;
    if (!out.startsWith(tag)) {
        at = out.indexOf('\n' + tag);
        if (at < 0)
            return false;
        ++at;
    }
    const qsizetype end = out.indexOf('\n', at);
    if (end < 0)
        return false;
    *status = out.mid(at + tag.size(), end - at - tag.size()).trimmed();
    *rest = out.mid(end + 1);
    return true;
}

QString sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString cause(const SshTarget::Result &result) {
    const QString line = SshTarget::lastErrorLine(result.err);
    return line.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(line);
}

} // namespace

SshConfigSource::SshConfigSource(const ConfigLocation &location)
    : m_host(location)
    , m_target(location) {}

bool SshConfigSource::serves(const ConfigLocation &location) const {
    return location.isRemote() && location.sameHost(m_host);
}

QString SshConfigSource::hostLabel() const {
    return m_host.hostLabel();
}

void SshConfigSource::refresh() {
    m_cache.clear();
    m_canonical.clear();
}

FileReader::Result SshConfigSource::fetch(const ConfigLocation &location, qint64 maxBytes) {
    const QString name = location.toString();
    const SshTarget::Result run =
        m_target.run(QString::fromLatin1(readScript), {location.path(), QString::number(maxBytes)});
    QByteArray status, bytes;
    if (run.exitCode == SshTarget::SshFailed || !run.started)
        return {false, {}, QStringLiteral("%1: %2").arg(name, m_target.explain(run))};
    if (!findAnswer(run.out, "wscm-read ", &status, &bytes))
        return {false,
                {},
                QStringLiteral("%1: the host's shell did not run wscm's reader%2")
                    .arg(name, cause(run))};
    const QList<QByteArray> words = status.split(' ');
    const QByteArray &what = words.first();
    if (what == "missing")
        return FileReader::missingFile(name);
    if (what == "folder" || what == "special")
        return FileReader::notAFile(name, what == "folder");
    if (what == "large")
        return FileReader::tooLarge(name, words.value(1).toLongLong(), maxBytes);
    if (what != "ok" || run.exitCode != 0)
        return {false, {}, QStringLiteral("%1: cannot be read%2").arg(name, cause(run))};
    if (bytes.size() != words.value(1).toLongLong())
        return FileReader::changedWhileRead(name);
    const qsizetype canonicalAt = status.indexOf(' ', status.indexOf(' ') + 1);
    if (canonicalAt > 0)
        m_canonical.insert(location.path(), QString::fromUtf8(status.mid(canonicalAt + 1)));
    return FileReader::accept(name, std::move(bytes));
}

FileReader::Result SshConfigSource::read(const ConfigLocation &location, qint64 maxBytes) {
    if (const auto cached = m_cache.constFind(location.path()); cached != m_cache.cend()) {
        if (!cached->ok || cached->bytes.size() <= maxBytes)
            return *cached;
    }
    FileReader::Result result = fetch(location, maxBytes);
    // Answers about the file are kept; a failed connection is not an answer.
    if (result.ok || result.missing)
        m_cache.insert(location.path(), result);
    return result;
}

QString SshConfigSource::canonicalPath(const ConfigLocation &location) {
    return m_canonical.value(location.path(), location.path());
}

QList<ConfigLocation> SshConfigSource::glob(const ConfigLocation &pattern) {
    const SshTarget::Result run = m_target.run(QString::fromLatin1(globScript), {pattern.path()});
    QList<ConfigLocation> matches;
    const QList<QByteArray> lines = run.out.split('\n');
    if (!lines.contains("wscm-glob end"))
        return matches; // unreachable host: the include reads as missing, the main file's
                        // own read has said why
    for (const QByteArray &line : lines) {
        if (line == "wscm-glob end")
            break;
        if (line.startsWith('/'))
            matches.append(pattern.resolved(QString::fromUtf8(line)));
    }
    return matches;
}

bool SshConfigSource::snapshot(const ConfigLocation &location, Snapshot *snapshot, QString *error) {
    const FileReader::Result result = fetch(location, -1);
    *snapshot = {result.ok, result.bytes};
    if (result.ok || result.missing)
        return true;
    *error = result.error;
    return false;
}

ConfigSource::WriteResult SshConfigSource::write(const ConfigLocation &location,
                                                 const QByteArray &bytes,
                                                 const std::optional<Snapshot> &expected) {
    const QString name = location.toString();
    QString expect = QStringLiteral("any");
    if (expected)
        expect = expected->exists ? sha256(expected->bytes) : QStringLiteral("absent");
    const SshTarget::Result run = m_target.run(
        QString::fromLatin1(writeScript),
        {location.path(), QString::number(bytes.size()), sha256(bytes), expect}, bytes);
    WriteResult result;
    QByteArray status, rest;
    if (findAnswer(run.out, "wscm-write ", &status, &rest)) {
        if (status == "done") {
            result.status = WriteResult::Status::Written;
            m_cache.insert(location.path(), {true, bytes, {}});
            return result;
        }
        if (status.startsWith("conflict")) {
            result.status = WriteResult::Status::Conflict;
            result.current = {status == "conflict present", rest};
            result.error = QStringLiteral("%1: changed on %2 since it was read; not written")
                               .arg(name, m_target.label());
            return result;
        }
        const QByteArray reason = status.mid(status.indexOf(' ') + 1);
        QString why;
        if (reason == "read-only")
            why = QStringLiteral("the file is read-only");
        else if (reason == "no-folder")
            why = QStringLiteral("its folder does not exist");
        else if (reason == "create")
            why = QStringLiteral("no file can be created in its folder");
        else if (reason == "write")
            why = QStringLiteral("writing failed");
        else if (reason == "incomplete")
            why = QStringLiteral("not every byte arrived");
        else if (reason == "mode" || reason == "owner")
            why = QStringLiteral("the file's mode and owner cannot be kept");
        else
            why = QStringLiteral("%1 failed").arg(QString::fromUtf8(reason));
        result.error = QStringLiteral("%1: cannot be written on %2: %3%4; the file was left as "
                                      "it was")
                           .arg(name, m_target.label(), why, cause(run));
        return result;
    }
    // No answer: ssh failed, or the connection broke. The rename is the last step, so the
    // file holds the old bytes or all of the new ones; look which, if the host answers.
    const QString lost = m_target.explain(run);
    Snapshot now;
    QString ignored;
    m_cache.remove(location.path());
    if (run.started && snapshot(location, &now, &ignored) && now.exists && now.bytes == bytes) {
        result.status = WriteResult::Status::Written;
        return result;
    }
    result.error = QStringLiteral("%1: not saved: %2. The file on the host holds its old "
                                  "content or, if the save got to its very last step, the new "
                                  "one, never a part of it; open it again to see.")
                       .arg(name, lost);
    return result;
}

} // namespace wscm
