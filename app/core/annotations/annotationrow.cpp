// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace at::annotationrow {

namespace {

constexpr const char *names[columnCount] = {"uuid",       "target",    "event_id", "series_id", "point_date",
                                            "entity_id",  "span_from", "span_to",  "text",      "tags",
                                            "importance", "author",    "created",  "edited",    "edited_by"};

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << v.toString();
    return tags;
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString columns()
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list.join(QStringLiteral(", "));
}

QString placeholders()
{
    QStringList list;
    for (int i = 0; i < columnCount; ++i)
        list << QStringLiteral("coalesce(?, '')");
    return list.join(QStringLiteral(", "));
}

QString assignments()
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name) + QStringLiteral(" = coalesce(?, '')");
    return list.join(QStringLiteral(", "));
}

void bind(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(a.id);
    q.addBindValue(targetKindJsonName(a.target.kind));
    q.addBindValue(a.target.eventId);
    q.addBindValue(a.target.seriesId);
    q.addBindValue(a.target.pointDate);
    q.addBindValue(a.target.entityId);
    q.addBindValue(day(a.target.from));
    q.addBindValue(day(a.target.to));
    q.addBindValue(a.text);
    q.addBindValue(tagsToJson(a.tags));
    q.addBindValue(importanceJsonName(a.importance));
    q.addBindValue(a.author);
    q.addBindValue(timeToString(a.created));
    q.addBindValue(timeToString(a.edited));
    q.addBindValue(a.editedBy);
}

Annotation read(const QSqlQuery &q, int first)
{
    const auto text = [&](int column) { return q.value(first + column).toString(); };
    Annotation a;
    a.id = text(0);
    a.target.kind = parseTargetKind(text(1)).value_or(AnnotationTarget::Kind::Event);
    a.target.eventId = text(2);
    a.target.seriesId = text(3);
    a.target.pointDate = text(4);
    a.target.entityId = text(5);
    a.target.from = QDate::fromString(text(6), Qt::ISODate);
    a.target.to = QDate::fromString(text(7), Qt::ISODate);
    a.text = text(8);
    a.tags = tagsFromJson(text(9));
    a.importance = parseImportance(text(10)).value_or(Importance::Normal);
    a.author = text(11);
    a.created = timeFromString(text(12));
    a.edited = timeFromString(text(13));
    a.editedBy = text(14);
    return a;
}

} // namespace at::annotationrow
