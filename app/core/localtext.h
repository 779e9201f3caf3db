// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace at {

// The two languages a dataset's text may be written in.
enum class TextLanguage : quint8 { English, Chinese };

// Chinese for any Chinese locale (zh_CN, zh_TW, ...), English for every other.
TextLanguage textLanguage(const QLocale &locale);

// A text as a view puts it on screen: in the language asked for, or, where the record has none in that
// language, in the other one, which the view must mark so that the two are never silently mixed.
struct ShownText {
    QString text;
    bool fellBack = false;                         // `text` is not in the language asked for
    TextLanguage language = TextLanguage::English; // the language `text` is in
};

// A human-readable field in English and Chinese; either may be empty (a dataset of format version 1 has
// English only).
struct LocalText {
    QString en;
    QString zh;

    ShownText in(TextLanguage language) const
    {
        const QString &asked = language == TextLanguage::English ? en : zh;
        if (!asked.isEmpty() || isEmpty())
            return ShownText{asked, false, language};
        const TextLanguage other =
            language == TextLanguage::English ? TextLanguage::Chinese : TextLanguage::English;
        return ShownText{other == TextLanguage::English ? en : zh, true, other};
    }
    // The English, or the Chinese where there is no English: what needs one text whatever the UI's
    // language (ids in messages, sorting, the text of a format version 1 dataset).
    const QString &primary() const { return en.isEmpty() ? zh : en; }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool operator==(const LocalText &) const = default;
};

} // namespace at
