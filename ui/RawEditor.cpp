// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RawEditor.h"

#include "ConfigHighlighter.h"
#include "ConfigSession.h"
#include "StatusColors.h"
#include "config/RawText.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include <utility>

namespace wscm {

RawEditor::RawEditor(ConfigSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(new ConfigHighlighter(m_edit->document()))
    , m_note(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_findings(new QListWidget(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_note->setWordWrap(true);
    bar->addWidget(m_note, 1);
    m_apply->setToolTip(tr("Apply the text to the document (Ctrl+Return)"));
    m_discard->setToolTip(tr("Throw away the text edits made here"));
    bar->addWidget(m_apply);
    bar->addWidget(m_discard);
    layout->addLayout(bar);

    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("Raw file text"));
    m_edit->setTabChangesFocus(false);
    m_findings->setAccessibleName(tr("Findings in the file"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edit);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &RawEditor::apply);
    connect(m_discard, &QPushButton::clicked, this, &RawEditor::discard);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    connect(applyShortcut, &QShortcut::activated, this, &RawEditor::apply);
    // Modification, not textChanged: the highlighter's repaints also count as text changes.
    connect(m_edit->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!m_loading) {
            m_dirty = modified;
            updateButtons();
        }
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block =
            m_edit->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        if (block.isValid()) {
            m_edit->setTextCursor(QTextCursor(block));
            m_edit->centerCursor();
            m_edit->setFocus();
        }
    });
    const auto outdated = [this] {
        m_stale = true;
        if (isVisible() && !m_dirty)
            loadText();
    };
    connect(session, &ConfigSession::documentChanged, this, outdated);
    connect(session, &ConfigSession::documentReplaced, this, [this, outdated] {
        m_dirty = false;
        outdated();
    });
    connect(session, &ConfigSession::analysisUpdated, this, [this] {
        if (isVisible())
            markDiagnostics();
    });
    updateButtons();
}

bool RawEditor::hasPendingChanges() const {
    return m_dirty;
}

void RawEditor::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Loading a large file's text is only worth it when the tab is looked at.
    if (m_stale && !m_dirty)
        loadText();
    markDiagnostics();
}

void RawEditor::hideEvent(QHideEvent *event) {
    // Leaving the tab keeps what was typed: it becomes an edit (undoable) rather than lost.
    if (m_dirty)
        apply();
    QWidget::hideEvent(event);
}

void RawEditor::loadText() {
    const QByteArray &bytes = m_session->document().bytes();
    const int firstVisible = m_edit->cursorForPosition(QPoint(0, 0)).blockNumber();
    m_loading = true;
    m_loadedBytes = bytes;
    m_edit->setPlainText(RawText::toEditorText(bytes));
    m_edit->document()->setModified(false);
    m_loading = false;
    m_dirty = false;
    m_stale = false;
    const bool editable = RawText::isEditable(bytes);
    m_edit->setReadOnly(!editable);
    m_note->setText(editable ? tr("The file exactly as it will be saved.")
                             : tr("This file is not plain UTF-8 text (or holds a carriage "
                                  "return or separator a text editor would turn into a line "
                                  "break); it is shown read-only so that saving keeps its "
                                  "bytes."));
    if (!m_pendingSection.isEmpty()) {
        jumpToPendingSection();
    } else {
        const QTextBlock block = m_edit->document()->findBlockByNumber(firstVisible);
        if (block.isValid()) {
            m_edit->setTextCursor(QTextCursor(block));
            m_edit->centerCursor();
        }
    }
    updateButtons();
}

void RawEditor::showSection(const QString &section) {
    m_pendingSection = section;
    if (!m_stale)
        jumpToPendingSection();
}

void RawEditor::jumpToPendingSection() {
    const QList<qsizetype> blocks =
        m_session->document().sectionBlocks(std::exchange(m_pendingSection, {}).toUtf8());
    if (blocks.isEmpty())
        return;
    const QTextBlock block = m_edit->document()->findBlockByNumber(int(blocks.first()));
    if (block.isValid()) {
        QTextCursor cursor(block);
        m_edit->setTextCursor(cursor);
        m_edit->centerCursor();
    }
}

void RawEditor::markDiagnostics() {
    QSet<int> errors;
    QSet<int> warnings;
    QList<QTextEdit::ExtraSelection> selections;
    m_findings->clear();
    for (const Diagnostic &d : m_session->check().diagnostics) {
        if (d.fileIndex != 0 || d.line <= 0)
            continue;
        const int line = d.line - 1;
        (d.isError() ? errors : warnings).insert(line);
        auto *item =
            new QListWidgetItem(tr("line %1: %2: %3")
                                    .arg(d.line)
                                    .arg(d.isError() ? tr("error") : tr("warning"), d.message),
                                m_findings);
        item->setData(Qt::UserRole, line);
        item->setForeground(d.isError() ? StatusColors::bad() : StatusColors::busy());
        const QTextBlock block = m_edit->document()->findBlockByNumber(line);
        if (block.isValid() && !m_dirty) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            QColor tint = d.isError() ? StatusColors::bad() : StatusColors::busy();
            tint.setAlpha(40);
            selection.format.setBackground(tint);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.format.setToolTip(d.message);
            selections.append(selection);
        }
    }
    m_findings->setVisible(m_findings->count() > 0);
    m_edit->setExtraSelections(selections);
    m_highlighter->setMarkedLines(errors, warnings);
}

void RawEditor::updateButtons() {
    m_apply->setEnabled(m_dirty);
    m_discard->setEnabled(m_dirty);
}

void RawEditor::apply() {
    if (!m_dirty)
        return;
    // The raw text: toPlainText() would turn no-break spaces and U+2028 into other bytes.
    const QByteArray bytes = RawText::fromEditorText(
        m_loadedBytes,
        m_edit->document()->toRawText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
    m_dirty = false;
    m_edit->document()->setModified(false);
    updateButtons();
    m_session->edit(tr("Edit raw text"), [bytes](ConfigDocument &document, QString *) {
        document.setBytes(bytes);
        return true;
    });
    // The form and the findings follow at once rather than after the analysis delay.
    m_session->analyzeNow();
}

void RawEditor::discard() {
    m_dirty = false;
    loadText();
    markDiagnostics();
}

} // namespace wscm
