// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QList>
#include <QString>
#include <optional>

namespace at {

// Which annotations an exported picture carries: all of them, none, those with a tag, or those of an
// author. The same choice on the command line (--annotations all|none|tag:NAME|author:NAME) and in the
// window's export dialog.
struct AnnotationChoice {
    enum class Kind : quint8 { All, None, Tag, Author };
    Kind kind = Kind::All;
    QString name; // Tag, Author: compared without regard to case

    static AnnotationChoice all() { return {Kind::All, {}}; }
    static AnnotationChoice none() { return {Kind::None, {}}; }
    static AnnotationChoice tag(const QString &name) { return {Kind::Tag, name}; }
    static AnnotationChoice author(const QString &name) { return {Kind::Author, name}; }

    // "all", "none", "tag:NAME", "author:NAME" (NAME not empty); nothing for anything else.
    static std::optional<AnnotationChoice> parse(QStringView text);
    // The form parse() reads.
    QString toString() const;

    bool accepts(const Annotation &a) const;
    // Those of `list` it accepts, in their order.
    QList<Annotation> pick(const QList<Annotation> &list) const;
    friend bool operator==(const AnnotationChoice &, const AnnotationChoice &) = default;
};

// An annotation as a picture's notes list it: its text on one line, then who wrote it and its tags,
// "Weibo's telecom push — li.wei, telecom, weibo". Plain text.
QString annotationNoteText(const Annotation &a);

} // namespace at
