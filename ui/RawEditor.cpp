// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "RawEditor.h"

#include "ConfigHighlighter.h"
#include "ConfigSession.h"
#include "StatusColors.h"
#include "config/ConfigDocument.h"
#include "config/RawText.h"
#include "config/SecretRedaction.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace wscm {

namespace {

// Typing pauses this long before the pending text is checked.
constexpr int checkDelayMs = 300;

// Marks a block that shows a secret hidden: its index in m_secretLines.
struct SecretMark : QTextBlockUserData {
    explicit SecretMark(int index)
        : index(index) {}
    int index;
};

QString placeholder() {
    return QString::fromLatin1(SecretRedaction::placeholder);
}

} // namespace

RawEditor::RawEditor(ConfigSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(new ConfigHighlighter(m_edit->document()))
    , m_note(new QLabel(this))
    , m_showSecrets(new QCheckBox(tr("Sho&w secrets"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_findings(new QListWidget(this))
    , m_insertTab(new QAction(tr("Insert &Tab Character"), m_edit)) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_note->setWordWrap(true);
    bar->addWidget(m_note, 1);
    m_showSecrets->setToolTip(
        tr("Show the passwords in the text; while hidden, their lines cannot be edited here"));
    m_apply->setToolTip(tr("Apply the text to the document (Ctrl+Return)"));
    m_discard->setToolTip(tr("Throw away the text edits made here"));
    bar->addWidget(m_showSecrets);
    bar->addWidget(m_apply);
    bar->addWidget(m_discard);
    layout->addLayout(bar);

    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("Raw file text"));
    // Tabs are rare in these files: Tab leaves the editor like any other field.
    m_edit->setTabChangesFocus(true);
    m_insertTab->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_insertTab->setShortcutContext(Qt::WidgetShortcut);
    const QString tabHint = tr("Tab moves to the next control; %1 types a tab character.")
                                .arg(m_insertTab->shortcut().toString(QKeySequence::NativeText));
    m_insertTab->setToolTip(tabHint);
    m_edit->setToolTip(tabHint);
    m_edit->setAccessibleDescription(tabHint);
    m_edit->addAction(m_insertTab);
    connect(m_insertTab, &QAction::triggered, this, &RawEditor::insertTabCharacter);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, &RawEditor::showContextMenu);
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);

    m_findings->setAccessibleName(tr("Findings in the file"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edit);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &RawEditor::apply);
    connect(m_discard, &QPushButton::clicked, this, &RawEditor::discard);
    connect(m_showSecrets, &QCheckBox::toggled, this, &RawEditor::setSecretsShown);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    connect(applyShortcut, &QShortcut::activated, this, &RawEditor::apply);
    // Modification, not textChanged: the highlighter's repaints also count as text changes.
    connect(m_edit->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!m_loading)
            setDirty(modified);
    });
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int) {
                if (m_loading)
                    return;
                keepSecretWithText(position);
                if (m_dirty)
                    m_checkTimer.start();
            });
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(checkDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &RawEditor::checkPendingText);
    // One click is enough: a finding is a link to its line.
    connect(m_findings, &QListWidget::itemClicked, this, &RawEditor::jumpToFinding);
    connect(m_findings, &QListWidget::itemActivated, this, &RawEditor::jumpToFinding);
    const auto outdated = [this] {
        m_stale = true;
        if (isVisible() && !m_dirty)
            loadText();
    };
    connect(session, &ConfigSession::documentChanged, this, outdated);
    connect(session, &ConfigSession::documentReplaced, this, [this, outdated] {
        setDirty(false);
        outdated();
    });
    connect(session, &ConfigSession::analysisUpdated, this, [this] {
        if (isVisible())
            markDiagnostics();
    });
    updateButtons();
}

RawEditor::~RawEditor() = default;

bool RawEditor::hasPendingChanges() const {
    return m_dirty;
}

bool RawEditor::secretsShown() const {
    return m_showSecrets->isChecked();
}

void RawEditor::setDirty(bool dirty) {
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    updateButtons();
    Q_EMIT pendingChangesChanged(dirty);
}

void RawEditor::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Loading a large file's text is only worth it when the tab is looked at.
    if (m_stale && !m_dirty)
        loadText();
    markDiagnostics();
}

void RawEditor::loadText() {
    m_loadedBytes = m_session->document().bytes();
    const bool mapped = present(m_loadedBytes, false);
    const bool editable = RawText::isEditable(m_loadedBytes);
    m_edit->setReadOnly(!editable || !mapped);
    if (!editable) {
        m_note->setText(tr("This file is not plain UTF-8 text (or holds a carriage return or "
                           "separator a text editor would turn into a line break); it is shown "
                           "read-only so that saving keeps its bytes."));
    } else if (!mapped) {
        m_note->setText(tr("The file with its secrets hidden, read-only: check “Show secrets” "
                           "to edit it here."));
    } else {
        m_note->setText(secretsShown() || m_secretLines.isEmpty()
                            ? tr("The file exactly as it will be saved.")
                            : tr("The file exactly as it will be saved, secrets hidden."));
    }
    if (!m_pendingSection.isEmpty())
        jumpToPendingSection();
    m_stale = false;
    updateButtons();
}

bool RawEditor::present(const QByteArray &bytes, bool modified) {
    const QStringList realLines = RawText::toEditorText(bytes).split(QLatin1Char('\n'));
    QStringList shownLines = realLines;
    m_secretLines.clear();
    if (!secretsShown()) {
        shownLines = RawText::toEditorText(SecretRedaction::redactedBytes(ConfigDocument(bytes)))
                         .split(QLatin1Char('\n'));
    }
    // Hiding replaces bytes inside lines; were a line ever joined to another, the secrets
    // could not be put back line by line.
    const bool mapped = shownLines.size() == realLines.size();

    // Where the user was: an apply or an undo reloads the text, and must not move the view.
    const QTextCursor old = m_edit->textCursor();
    const int line = old.blockNumber();
    const int column = old.positionInBlock();
    const int vertical = m_edit->verticalScrollBar()->value();
    const int horizontal = m_edit->horizontalScrollBar()->value();

    m_loading = true;
    m_edit->setPlainText(shownLines.join(QLatin1Char('\n')));
    if (mapped) {
        QTextBlock block = m_edit->document()->firstBlock();
        for (qsizetype i = 0; i < realLines.size() && block.isValid(); ++i, block = block.next()) {
            if (shownLines.at(i) == realLines.at(i))
                continue;
            block.setUserData(new SecretMark(int(m_secretLines.size())));
            m_secretLines.append({realLines.at(i), shownLines.at(i)});
        }
    }
    m_edit->document()->setModified(modified);
    m_loading = false;
    setDirty(modified);
    m_pendingChecked = false;

    const QTextBlock block =
        m_edit->document()->findBlockByNumber(qMin(line, m_edit->document()->blockCount() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qMin(column, block.length() - 1));
    m_edit->setTextCursor(cursor);
    m_edit->verticalScrollBar()->setValue(vertical);
    m_edit->horizontalScrollBar()->setValue(horizontal);
    return mapped;
}

std::optional<QByteArray> RawEditor::pendingBytes(QString *error) const {
    QHash<QString, QList<int>> orphans; // hidden secrets whose block lost its mark, by text
    QList<bool> placed(m_secretLines.size(), false);
    for (QTextBlock b = m_edit->document()->firstBlock(); b.isValid(); b = b.next()) {
        const int secret = secretOf(b);
        if (secret >= 0 && b.text() == m_secretLines.at(secret).masked)
            placed[secret] = true;
    }
    for (qsizetype i = 0; i < m_secretLines.size(); ++i) {
        if (!placed.at(i))
            orphans[m_secretLines.at(i).masked].append(int(i));
    }
    const QStringList original = RawText::toEditorText(m_loadedBytes).split(QLatin1Char('\n'));
    QStringList lines;
    lines.reserve(m_edit->document()->blockCount());
    for (QTextBlock b = m_edit->document()->firstBlock(); b.isValid(); b = b.next()) {
        // The raw text: toPlainText() would turn no-break spaces and U+2028 into other bytes.
        const QString text = b.text();
        const int secret = secretOf(b);
        if (secret >= 0 && text == m_secretLines.at(secret).masked) {
            lines.append(m_secretLines.at(secret).real);
            continue;
        }
        // A hidden line moved (cut and pasted, or split off by Return at its start).
        QList<int> &candidates = orphans[text];
        if (!candidates.isEmpty()) {
            lines.append(m_secretLines.at(candidates.takeFirst()).real);
            continue;
        }
        // Never save a placeholder in place of a secret the user did not type.
        if (text.contains(placeholder()) && !original.contains(text)) {
            if (error) {
                *error = tr("Line %1 holds a hidden secret that was changed or copied; check "
                            "“Show secrets” before editing such lines.")
                             .arg(b.blockNumber() + 1);
            }
            return std::nullopt;
        }
        lines.append(text);
    }
    return RawText::fromEditorText(m_loadedBytes, lines.join(QLatin1Char('\n')));
}

int RawEditor::secretOf(const QTextBlock &block) const {
    const auto *mark = static_cast<const SecretMark *>(block.userData());
    return mark ? mark->index : -1;
}

void RawEditor::keepSecretWithText(int position) {
    // Return at the start of a hidden line leaves the mark on the empty line above it.
    QTextBlock block = m_edit->document()->findBlock(position);
    const int secret = secretOf(block);
    const QTextBlock next = block.next();
    if (secret < 0 || block.text() == m_secretLines.at(secret).masked || !next.isValid() ||
        secretOf(next) >= 0 || next.text() != m_secretLines.at(secret).masked)
        return;
    QTextBlock(next).setUserData(new SecretMark(secret));
    block.setUserData(nullptr);
}

bool RawEditor::touchesSecret(int from, int to) const {
    const QTextDocument *document = m_edit->document();
    for (QTextBlock b = document->findBlock(qMax(0, from)); b.isValid(); b = b.next()) {
        if (b.position() > to)
            break;
        if (secretOf(b) >= 0)
            return true;
    }
    return false;
}

bool RawEditor::refusesEdit(int from, int to) {
    if (!touchesSecret(from, to))
        return false;
    m_note->setText(tr("This line holds a hidden secret: check “Show secrets” to edit it."));
    return true;
}

bool RawEditor::refusesKey(const QKeyEvent *key) {
    const QTextCursor cursor = m_edit->textCursor();
    int from = cursor.selectionStart();
    int to = cursor.selectionEnd();
    const bool selection = cursor.hasSelection();
    const bool backward = key->key() == Qt::Key_Backspace || key->matches(QKeySequence::Cut) ||
                          key->matches(QKeySequence::DeleteStartOfWord);
    const bool forward = key->key() == Qt::Key_Delete ||
                         key->matches(QKeySequence::DeleteEndOfWord) ||
                         key->matches(QKeySequence::DeleteEndOfLine) ||
                         key->matches(QKeySequence::DeleteCompleteLine);
    const bool newLine = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool typed = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                       !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
    if (!backward && !forward && !newLine && !typed && !key->matches(QKeySequence::Paste))
        return false;
    if (!selection) {
        // Joining a line with its neighbour changes both.
        if (backward)
            --from;
        if (forward)
            ++to;
        // A new line before or after a hidden one leaves it as it is.
        if (newLine && (cursor.atBlockStart() || cursor.atBlockEnd()))
            return false;
    }
    return refusesEdit(from, to);
}

bool RawEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress && !m_edit->isReadOnly()) {
        if (refusesKey(static_cast<QKeyEvent *>(event)))
            return true;
    } else if (watched == m_edit->viewport() && event->type() == QEvent::Drop) {
        const auto *drop = static_cast<QDropEvent *>(event);
        const int at = m_edit->cursorForPosition(drop->position().toPoint()).position();
        if (refusesEdit(at, at)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RawEditor::showContextMenu(const QPoint &pos) {
    const std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu(pos));
    const QTextCursor cursor = m_edit->textCursor();
    if (touchesSecret(cursor.selectionStart(), cursor.selectionEnd())) {
        for (QAction *action : menu->actions()) {
            const QString name = action->objectName();
            if (name == QLatin1String("edit-cut") || name == QLatin1String("edit-paste") ||
                name == QLatin1String("edit-delete"))
                action->setEnabled(false);
        }
    }
    menu->addSeparator();
    m_insertTab->setEnabled(!m_edit->isReadOnly());
    menu->addAction(m_insertTab);
    menu->exec(m_edit->viewport()->mapToGlobal(pos));
}

void RawEditor::insertTabCharacter() {
    const QTextCursor cursor = m_edit->textCursor();
    if (m_edit->isReadOnly() || refusesEdit(cursor.selectionStart(), cursor.selectionEnd()))
        return;
    m_edit->insertPlainText(QStringLiteral("\t"));
}

void RawEditor::setSecretsShown(bool shown) {
    if (m_showSecrets->isChecked() != shown) {
        m_showSecrets->setChecked(shown); // comes back here through toggled()
        return;
    }
    if (!m_dirty) {
        if (!m_stale)
            loadText();
        return;
    }
    // Pending edits go on, shown the other way.
    QString error;
    const std::optional<QByteArray> bytes = pendingBytes(&error);
    if (!bytes) {
        const QSignalBlocker blocker(m_showSecrets);
        m_showSecrets->setChecked(!shown);
        m_note->setText(error);
        return;
    }
    if (!present(*bytes, true)) {
        // Hidden, the edits could not be mapped back: they stay shown.
        const QSignalBlocker blocker(m_showSecrets);
        m_showSecrets->setChecked(true);
        present(*bytes, true);
    }
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

void RawEditor::jumpToFinding(QListWidgetItem *item) {
    const QTextBlock block =
        m_edit->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
    if (block.isValid()) {
        m_edit->setTextCursor(QTextCursor(block));
        m_edit->centerCursor();
        m_edit->setFocus();
    }
}

void RawEditor::checkPendingText() {
    m_checkTimer.stop();
    if (!m_dirty)
        return;
    const std::optional<QByteArray> bytes = pendingBytes();
    if (!bytes)
        return;
    if (*bytes != m_checkedBytes || !m_pendingChecked) {
        // The same resolve and check as the document's, on text that is not applied.
        m_pendingCheck = m_session->checkText(*bytes);
        m_checkedBytes = *bytes;
    }
    m_pendingChecked = true;
    markDiagnostics();
}

void RawEditor::markDiagnostics() {
    // Pending text not checked yet: the document's findings, without marks on lines that
    // may have moved.
    const bool pending = m_dirty && m_pendingChecked;
    const bool markLines = !m_dirty || pending;
    const CheckResult &check = pending ? m_pendingCheck : m_session->check();
    QSet<int> errors;
    QSet<int> warnings;
    QList<QTextEdit::ExtraSelection> selections;
    m_findings->clear();
    for (const Diagnostic &d : check.diagnostics) {
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
        if (block.isValid() && markLines) {
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
    if (markLines)
        m_highlighter->setMarkedLines(errors, warnings);
}

void RawEditor::updateButtons() {
    m_apply->setEnabled(m_dirty);
    m_discard->setEnabled(m_dirty);
}

bool RawEditor::apply() {
    if (!m_dirty)
        return true;
    QString error;
    const std::optional<QByteArray> bytes = pendingBytes(&error);
    if (!bytes) {
        m_note->setText(error);
        return false;
    }
    m_checkTimer.stop();
    m_edit->document()->setModified(false);
    setDirty(false);
    const bool changes = *bytes != m_session->document().bytes();
    m_session->edit(tr("Edit raw text"), [&bytes](ConfigDocument &document, QString *) {
        document.setBytes(*bytes);
        return true;
    });
    // Text that comes to the document's bytes changes nothing there: shown afresh here.
    if (!changes) {
        m_stale = true;
        if (isVisible())
            loadText();
    }
    // The form and the findings follow at once rather than after the analysis delay.
    m_session->analyzeNow();
    return true;
}

void RawEditor::discard() {
    m_checkTimer.stop();
    setDirty(false);
    loadText();
    markDiagnostics();
}

} // namespace wscm
