// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wscm {

class ConfigHighlighter;
class ConfigSession;

// The file's exact text, highlighted, with the validator's findings marked on their lines.
// Edits here stay local until applied; applying replaces the document's text as one undo
// step, and the form, the lists and the connections follow from the new text.
class RawEditor : public QWidget {
    Q_OBJECT
public:
    explicit RawEditor(ConfigSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_edit; }
    bool hasPendingChanges() const;
    // Puts the cursor on the header of `section`.
    void showSection(const QString &section);

public Q_SLOTS:
    void apply();
    void discard();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadText();
    void jumpToPendingSection();
    void markDiagnostics();
    void updateButtons();

    ConfigSession *m_session;
    QPlainTextEdit *m_edit;
    ConfigHighlighter *m_highlighter;
    QLabel *m_note;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QListWidget *m_findings;
    QByteArray m_loadedBytes;
    QString m_pendingSection;
    bool m_stale = true;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace wscm
