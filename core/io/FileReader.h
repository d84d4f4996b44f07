#pragma once

#include <QByteArray>
#include <QString>

namespace wscm {

// Reads a config file whole, refusing what is not one: a folder, a file too large to be a
// config, binary data, or a file that changed while it was read.
class FileReader {
public:
    static constexpr qint64 defaultMaxBytes = 32LL * 1024 * 1024;

    struct Result {
        bool ok = false;
        QByteArray bytes;
        QString error; // a sentence for the user, naming the file
    };
    static Result read(const QString &path, qint64 maxBytes = defaultMaxBytes);
};

} // namespace wscm
