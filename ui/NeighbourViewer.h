// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QDialog>

namespace wscm {

class NumberedTextView;

// One of the files that use the clients (ari.conf, extensions.conf or a file they include),
// read-only, at the line a use or a finding is on: that line selected and scrolled to, the
// secrets of the file hidden. wscm never edits these files but by renaming a client.
class NeighbourViewer : public QDialog {
    Q_OBJECT
public:
    NeighbourViewer(const QString &path, const QByteArray &bytes, int line,
                    QWidget *parent = nullptr);

    NumberedTextView *textView() const { return m_text; }
    int line() const { return m_line; }

protected:
    // Scrolled once laid out: before, the view has no height to put the line in the middle.
    void showEvent(QShowEvent *event) override;

private:
    NumberedTextView *m_text;
    int m_line;
};

} // namespace wscm
