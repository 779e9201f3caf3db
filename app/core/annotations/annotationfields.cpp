// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationfields.h"

#include "app/core/dataset.h"

#include <QCoreApplication>
#include <QUuid>

namespace at::annotationfields {

namespace {

struct Names {
    Field field;
    const char *json;
    const char *csv;
};

constexpr Names names[] = {
    {Field::Uuid, "uuid", "uuid"},
    {Field::Target, "target", "target"},
    {Field::EventId, "eventId", "event_id"},
    {Field::SeriesId, "seriesId", "series_id"},
    {Field::PointDate, "pointDate", "point_date"},
    {Field::EntityId, "entityId", "entity_id"},
    {Field::From, "from", "from"},
    {Field::To, "to", "to"},
    {Field::Date, "date", "date"},
    {Field::Title, "title", "title"},
    {Field::Text, "text", "text"},
    {Field::Tags, "tags", "tags"},
    {Field::Importance, "importance", "importance"},
    {Field::Author, "author", "author"},
    {Field::Created, "created", "created"},
    {Field::Edited, "edited", "edited"},
    {Field::EditedBy, "editedBy", "edited_by"},
};

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

} // namespace

QList<Field> allFields()
{
    QList<Field> fields;
    for (const Names &n : names)
        fields << n.field;
    return fields;
}

QString jsonName(Field f)
{
    return QString::fromLatin1(names[int(f)].json);
}
QString csvName(Field f)
{
    return QString::fromLatin1(names[int(f)].csv);
}

std::optional<Field> fromJsonName(QStringView name)
{
    for (const Names &n : names)
        if (name == QLatin1StringView(n.json))
            return n.field;
    return std::nullopt;
}

std::optional<Field> fromCsvName(QStringView name)
{
    for (const Names &n : names)
        if (name == QLatin1StringView(n.csv))
            return n.field;
    return std::nullopt;
}

QString set(Annotation &a, Field f, const QString &value)
{
    switch (f) {
    case Field::Uuid: {
        const QUuid uuid = QUuid::fromString(value);
        if (uuid.isNull())
            return AnnotationIoText::tr("%1 is not a UUID").arg(quoted(value));
        a.id = uuid.toString(QUuid::WithoutBraces);
        return {};
    }
    case Field::Target: {
        const auto kind = parseTargetKind(value);
        if (!kind)
            return AnnotationIoText::tr("%1 is not \"event\", \"point\", \"span\" or \"period\"")
                .arg(quoted(value));
        a.target.kind = *kind;
        return {};
    }
    case Field::EventId:
        a.target.eventId = value;
        return {};
    case Field::SeriesId:
        a.target.seriesId = value;
        return {};
    case Field::PointDate:
        if (!value.isEmpty() && !FuzzyDate::parse(value))
            return AnnotationIoText::tr("%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY)")
                .arg(quoted(value));
        a.target.pointDate = value;
        return {};
    case Field::EntityId:
        a.target.entityId = value;
        return {};
    case Field::From:
    case Field::To: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || value.size() != 10)
            return AnnotationIoText::tr("%1 is not a day (YYYY-MM-DD)").arg(quoted(value));
        (f == Field::From ? a.target.from : a.target.to) = date;
        return {};
    }
    case Field::Date:
    case Field::Title:
        return {};
    case Field::Text:
        a.text = value;
        return {};
    case Field::Tags: {
        QStringList tags;
        for (const QString &t : value.split(u';'))
            if (!t.trimmed().isEmpty())
                tags << t;
        return setTags(a, tags);
    }
    case Field::Importance: {
        const auto importance = parseImportance(value);
        if (!importance)
            return AnnotationIoText::tr("%1 is not an importance (low, normal or high)").arg(quoted(value));
        a.importance = *importance;
        return {};
    }
    case Field::Author:
        if (value.trimmed().isEmpty())
            return AnnotationIoText::tr("the author is empty");
        a.author = value.trimmed();
        return {};
    case Field::EditedBy:
        a.editedBy = value.trimmed();
        return {};
    case Field::Created:
    case Field::Edited: {
        const QDateTime time = timeFromString(value);
        if (!time.isValid())
            return AnnotationIoText::tr("%1 is not a time such as 2011-06-14T08:30:00.000Z")
                .arg(quoted(value));
        (f == Field::Created ? a.created : a.edited) = time;
        return {};
    }
    }
    return {};
}

QString setTags(Annotation &a, const QStringList &tags)
{
    QStringList trimmed;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!isValidTag(t))
            return AnnotationIoText::tr(
                       "%1 is not a tag (1 to 64 characters, no commas, semicolons or line breaks)")
                .arg(quoted(tag));
        trimmed << t;
    }
    a.tags = normalizeTags(trimmed);
    return {};
}

QList<Field> missing(const Annotation &a, const QList<Field> &present)
{
    QList<Field> lacking;
    for (Field f : {Field::Uuid, Field::Target, Field::Text, Field::Importance, Field::Author, Field::Created,
                    Field::Edited})
        if (!present.contains(f))
            lacking << f;
    if (present.contains(Field::Target)) {
        const AnnotationTarget &t = a.target;
        using Kind = AnnotationTarget::Kind;
        if (t.kind == Kind::Event && t.eventId.isEmpty())
            lacking << Field::EventId;
        if (t.kind == Kind::Point && t.seriesId.isEmpty())
            lacking << Field::SeriesId;
        if (t.kind == Kind::Point && t.pointDate.isEmpty())
            lacking << Field::PointDate;
        if (t.kind == Kind::Span && t.entityId.isEmpty())
            lacking << Field::EntityId;
        if (t.isRange() && !t.from.isValid() && !present.contains(Field::From))
            lacking << Field::From;
        if (t.isRange() && !t.to.isValid() && !present.contains(Field::To))
            lacking << Field::To;
    }
    return lacking;
}

bool belongsTo(Field f, AnnotationTarget::Kind kind)
{
    using Kind = AnnotationTarget::Kind;
    switch (f) {
    case Field::EventId:
        return kind == Kind::Event;
    case Field::SeriesId:
    case Field::PointDate:
        return kind == Kind::Point;
    case Field::EntityId:
        return kind == Kind::Span;
    case Field::From:
    case Field::To:
        return kind == Kind::Span || kind == Kind::Period;
    default:
        return true;
    }
}

QString checkRange(const Annotation &a)
{
    const AnnotationTarget &t = a.target;
    if (t.isRange() && t.from.isValid() && t.to.isValid() && t.to < t.from)
        return AnnotationIoText::tr("the last day, %1, is before the first, %2")
            .arg(t.to.toString(Qt::ISODate), t.from.toString(Qt::ISODate));
    return {};
}

QString exportValue(const Annotation &a, Field f, const Dataset &d)
{
    switch (f) {
    case Field::Uuid:
        return a.id;
    case Field::Target:
        return targetKindJsonName(a.target.kind);
    case Field::EventId:
        return a.target.eventId;
    case Field::SeriesId:
        return a.target.seriesId;
    case Field::PointDate:
        return a.target.pointDate;
    case Field::EntityId:
        return a.target.entityId;
    case Field::From:
        return a.target.from.toString(Qt::ISODate);
    case Field::To:
        return a.target.to.toString(Qt::ISODate);
    case Field::Date:
        return targetDateIso(d, a.target);
    case Field::Title:
        return targetTitle(d, a.target, QLocale(QLocale::English));
    case Field::Text:
        return a.text;
    case Field::Tags:
        return a.tags.join(QStringLiteral("; "));
    case Field::Importance:
        return importanceJsonName(a.importance);
    case Field::Author:
        return a.author;
    case Field::Created:
        return timeToString(a.created);
    case Field::Edited:
        return timeToString(a.edited);
    case Field::EditedBy:
        return a.editedBy;
    }
    return {};
}

} // namespace at::annotationfields
