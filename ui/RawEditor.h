// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "check/CheckResult.h"

#include <QByteArray>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QKeyEvent;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBlock;

namespace wscm {

class ConfigHighlighter;
class ConfigSession;

// The file's exact text, highlighted, with the validator's findings marked on their lines,
// checked again as you type. Edits here stay local until applied; applying replaces the
// document's text as one undo step, and the form, the lists and the connections follow from
// the new text. Leaving pending edits is the window's question (Apply, Discard or Stay).
//
// Secrets (password, proxy_password, a URI's password) are shown as SecretRedaction hides
// them until "Show secrets" is checked. A line with a hidden secret cannot be typed into
// (a note says to show the secrets first); left alone, it keeps its exact bytes on Apply.
// Tab moves the focus on; "Insert Tab Character" (Ctrl+Alt+I) types a tab.
class RawEditor : public QWidget {
    Q_OBJECT
public:
    explicit RawEditor(ConfigSession *session, QWidget *parent = nullptr);
    ~RawEditor() override;

    QPlainTextEdit *textEdit() const { return m_edit; }
    bool hasPendingChanges() const;
    // Puts the cursor on the header of `section`.
    void showSection(const QString &section);
    bool secretsShown() const;
    // The file's bytes the text stands for, secrets put back; nullopt (and *error) when a
    // line holding a hidden secret's placeholder cannot be mapped back to its bytes.
    std::optional<QByteArray> pendingBytes(QString *error = nullptr) const;

public Q_SLOTS:
    // False, with the reason in the note above the text, when the text cannot be applied.
    bool apply();
    void discard();
    void setSecretsShown(bool shown);
    // Types a tab character at the cursor (Tab itself moves the focus on).
    void insertTabCharacter();

Q_SIGNALS:
    // Text edits not yet applied appeared or went away.
    void pendingChangesChanged(bool pending);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct SecretLine {
        QString real;
        QString masked;
    };
    void loadText();
    // Shows `bytes` (secrets hidden unless shown), keeping the cursor line and scrolling;
    // false when hiding them did not keep the lines apart (the text is then read-only).
    bool present(const QByteArray &bytes, bool modified);
    void setDirty(bool dirty);
    void jumpToPendingSection();
    void jumpToFinding(QListWidgetItem *item);
    void markDiagnostics();
    void checkPendingText();
    void updateButtons();
    void showContextMenu(const QPoint &pos);
    // Index into m_secretLines of the block's hidden secret; -1 when it holds none.
    int secretOf(const QTextBlock &block) const;
    // Some line between the two positions holds a hidden secret.
    bool touchesSecret(int from, int to) const;
    // Refuses, with a note, an edit that would change a line holding a hidden secret.
    bool refusesEdit(int from, int to);
    bool refusesKey(const QKeyEvent *key);
    void keepSecretWithText(int position);

    ConfigSession *m_session;
    QPlainTextEdit *m_edit;
    ConfigHighlighter *m_highlighter;
    QLabel *m_note;
    QCheckBox *m_showSecrets;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QListWidget *m_findings;
    QAction *m_insertTab;
    QTimer m_checkTimer;
    QByteArray m_loadedBytes;
    QList<SecretLine> m_secretLines; // the lines shown with a secret hidden, by block data id
    QString m_pendingSection;
    CheckResult m_pendingCheck;
    QByteArray m_checkedBytes; // the pending text m_pendingCheck is of
    bool m_pendingChecked = false;
    bool m_stale = true;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace wscm
