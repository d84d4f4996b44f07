// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Diagnostic.h"
#include "EffectiveOptions.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace wscm {

class ConfigSet;

// Asterisk's in-memory view of a config (struct ast_config): categories with their
// variables after templates, (+) and +=, in the order Asterisk would hand them to the
// module. Built the way main/config.c builds it, including where it gives up.
class ResolvedConfig {
public:
    // Where the bytes of a variable's name or value are: a slice of its file's bytes when
    // the line is a plain slice of the file (the usual case: no copy, no allocation), or an
    // entry of the config's own list for text that is not (escapes removed, += joined).
    // 20,000 sections have some 220,000 variables: 32 bytes each, not two QByteArrays.
    struct Text {
        quint32 offset = 0; // in the file's bytes (FileReader reads at most 4 GiB), or the
                            // index in the own list
        quint32 size = 0;
    };
    struct Variable {
        Text name;
        Text value;
        qint32 file = 0; // index in the ConfigSet
        qint32 line = 0; // 0-based line index in that file
        // The category (index in categories()) whose name is the template the variable was
        // copied from; -1 when none. An index, not the name: 20,000 sections inherit some
        // 80,000 variables (see templateOf()).
        qint32 inheritedFrom = -1;
        // The option the name is (OptionSchema::options()), found once; -1 when none.
        qint8 option = -1;
        bool appended = false;  // the value was extended with +=
        bool nameOwned = false; // in the own list, not a slice of the file
        bool valueOwned = false;
    };
    struct Category {
        QByteArray name;
        int file = 0;
        qsizetype line = 0; // header line, 0-based
        bool isTemplate = false;
        QList<QByteArray> templates;
        QList<Variable> variables;
    };

    static ResolvedConfig resolve(const ConfigSet &set);
    // resolve(), handing each category (its index in categories()) to `completed` once, in
    // file order, as soon as nothing later in the files can change it, and then letting go
    // of its variables and templates unless a later header may inherit from it
    // (SectionHeaderScan): a check of 200,000 sections holds one section's variables at a
    // time, not all of them. When a (+) or a file read by #include could change a section
    // after the next one began, every category is handed over at the end and none is let go
    // of. The config returned is for its diagnostics and its categories' names and places.
    using CategoryHandler = std::function<void(const ResolvedConfig &config, qsizetype category)>;
    static ResolvedConfig resolve(const ConfigSet &set, const CategoryHandler &completed);
    // The options of a category after "last assignment wins" (names matched without case,
    // as Asterisk's option lookup does); unknown names are left out.
    // Borrowed values are no copies but point into this config: they must not outlive it
    // (and, like every QByteArray::fromRawData(), are not NUL-terminated). A check that only
    // counts 20,000 objects saves an allocation per variable.
    enum class Values { Copied, Borrowed };
    EffectiveOptions effectiveOptions(const Category &category,
                                      Values values = Values::Copied) const;
    // A variable's name and value, valid as long as this config is.
    QByteArrayView name(const Variable &variable) const {
        return text(variable.name, variable.nameOwned, variable.file);
    }
    QByteArrayView value(const Variable &variable) const {
        return text(variable.value, variable.valueOwned, variable.file);
    }
    // The first variable of `category` whose name is `name` without case (how sorcery's
    // "type" criterion and the option lookup find a name); nullptr when none.
    const Variable *firstVariable(const Category &category, QByteArrayView name) const;
    // The name of the template `variable` was copied from; empty when none.
    QByteArray templateOf(const Variable &variable) const;
    // The first category named exactly `name`, client objects before templates.
    const Category *category(QByteArrayView name) const;

    // The files read, as ConfigSet::paths(): Category::file and Variable::file index them.
    const QStringList &files() const { return m_files; }
    const QString &file(int index) const { return m_files.at(index); }
    const QList<Category> &categories() const { return m_categories; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // Asterisk would load nothing from the file.
    bool isRejected() const { return m_rejected; }

private:
    class Builder;
    QByteArrayView text(Text text, bool owned, qint32 file) const {
        const QByteArray &bytes = owned ? m_ownText.at(text.offset) : m_bytes.at(file);
        return QByteArrayView(bytes.constData() + (owned ? 0 : text.offset), text.size);
    }

    QStringList m_files;
    QList<QByteArray> m_bytes;   // of each file, shared with its document: Text slices them
    QList<QByteArray> m_ownText; // the names and values that are no slice of a file
    QList<Category> m_categories;
    QList<Diagnostic> m_diagnostics;
    bool m_rejected = false;
};

} // namespace wscm
