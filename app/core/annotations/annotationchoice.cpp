// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationchoice.h"

namespace at {

std::optional<AnnotationChoice> AnnotationChoice::parse(QStringView text)
{
    if (text == u"all")
        return all();
    if (text == u"none")
        return none();
    for (const auto &[prefix, kind] :
         {std::pair{QStringView(u"tag:"), Kind::Tag}, std::pair{QStringView(u"author:"), Kind::Author}}) {
        if (text.startsWith(prefix)) {
            const QString name = text.sliced(prefix.size()).trimmed().toString();
            if (name.isEmpty())
                return std::nullopt;
            return AnnotationChoice{kind, name};
        }
    }
    return std::nullopt;
}

QString AnnotationChoice::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Tag:
        return QStringLiteral("tag:") + name;
    case Kind::Author:
        return QStringLiteral("author:") + name;
    }
    return {};
}

bool AnnotationChoice::accepts(const Annotation &a) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::None:
        return false;
    case Kind::Tag:
        return a.tags.contains(name, Qt::CaseInsensitive);
    case Kind::Author:
        return a.author.compare(name, Qt::CaseInsensitive) == 0;
    }
    return false;
}

QList<Annotation> AnnotationChoice::pick(const QList<Annotation> &list) const
{
    QList<Annotation> out;
    for (const Annotation &a : list) {
        if (accepts(a))
            out.append(a);
    }
    return out;
}

QString annotationNoteText(const Annotation &a)
{
    // One line: a note's own line breaks would break the numbered list.
    QString text = a.text.simplified();
    QStringList who;
    if (!a.author.isEmpty())
        who << a.author;
    who << a.tags;
    if (!who.isEmpty())
        text += QStringLiteral(" — ") + who.join(QStringLiteral(", "));
    return text;
}

} // namespace at
