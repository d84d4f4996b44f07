// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "Diagnostic.h"
#include "EffectiveOptions.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wscm {

class ConfigSet;

// Asterisk's in-memory view of a config (struct ast_config): categories with their
// variables after templates, (+) and +=, in the order Asterisk would hand them to the
// module. Built the way main/config.c builds it, including where it gives up.
class ResolvedConfig {
public:
    struct Variable {
        QByteArray name;
        QByteArray value;
        qint32 file = 0; // index in the ConfigSet
        qint32 line = 0; // 0-based line index in that file
        // The category (index in categories()) whose name is the template the variable was
        // copied from; -1 when none. An index, not the name: 20,000 sections inherit some
        // 80,000 variables (see templateOf()).
        qint32 inheritedFrom = -1;
        bool appended = false; // the value was extended with +=
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
    // The options of a category after "last assignment wins" (names matched without case,
    // as Asterisk's option lookup does); unknown names are left out.
    EffectiveOptions effectiveOptions(const Category &category) const;
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
    QStringList m_files;
    QList<Category> m_categories;
    QList<Diagnostic> m_diagnostics;
    bool m_rejected = false;
};

} // namespace wscm
