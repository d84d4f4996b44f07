// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>

// The properties every input must keep, shared by the libFuzzer target and the regression
// test that replays inputs which once failed: parsing keeps every byte, checking never
// crashes and judges each section as it is read as it judges the whole, redaction leaves no
// secret Asterisk would read, and an edit changes the document into one that reads back the
// new value.
class FuzzCheck {
public:
    // Returns an empty string when every property holds, else what broke.
    static QString run(const QByteArray &input);
};
