// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TmpfsMount.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

QString errnoText(const char *what) {
    return QStringLiteral("%1: %2").arg(QLatin1StringView(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

TmpfsMount::~TmpfsMount() {
    if (m_mounted)
        ::umount2(QFile::encodeName(path()).constData(), MNT_DETACH);
}

bool TmpfsMount::mount(int sizeKb, QString *error) {
    m_sizeKb = sizeKb;
    const QByteArray options = "size=" + QByteArray::number(sizeKb) + "k,mode=0755";
    if (!m_dir.isValid() || ::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs", 0,
                                    options.constData()) != 0) {
        *error = errnoText("mount -t tmpfs");
        return false;
    }
    m_mounted = true;
    return true;
}

bool TmpfsMount::setReadOnly(bool readOnly, QString *error) {
    const QByteArray options = "size=" + QByteArray::number(m_sizeKb) + "k,mode=0755";
    const unsigned long flags =
        MS_REMOUNT | (readOnly ? static_cast<unsigned long>(MS_RDONLY) : 0UL);
    if (::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs", flags,
                options.constData()) != 0) {
        *error = errnoText("mount -o remount");
        return false;
    }
    return true;
}

bool TmpfsMount::fill(QString *error) {
    const int fd = ::open(QFile::encodeName(filePath(QStringLiteral(".filler"))).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        *error = errnoText("create filler");
        return false;
    }
    const QByteArray block(4096, 'f');
    // Whole pages first, then single bytes, until the kernel says the disk is full.
    for (qsizetype size : {block.size(), qsizetype(1)}) {
        while (::write(fd, block.constData(), size_t(size)) == size) {
        }
    }
    const bool full = errno == ENOSPC;
    if (!full)
        *error = errnoText("fill");
    ::close(fd);
    return full;
}

void TmpfsMount::release() {
    QFile::remove(filePath(QStringLiteral(".filler")));
}
