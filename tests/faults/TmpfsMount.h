// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>
#include <QTemporaryDir>

// A tiny tmpfs the test mounts itself (as root), so that a full disk or a read-only folder is
// real: the kernel says ENOSPC or EROFS, exactly as on a user's machine. Root ignores file
// permissions, so a mount is the only honest way to make a folder unwritable for it.
class TmpfsMount {
public:
    ~TmpfsMount();
    // Mounts a tmpfs of `sizeKb` kilobytes on a fresh folder; false with *error when the
    // kernel refuses (not root, no CAP_SYS_ADMIN).
    bool mount(int sizeKb, QString *error);
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool setReadOnly(bool readOnly, QString *error);
    // Takes every free byte with a filler file; release() gives them back.
    bool fill(QString *error);
    void release();

private:
    QTemporaryDir m_dir;
    int m_sizeKb = 0;
    bool m_mounted = false;
};
